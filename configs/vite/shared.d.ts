/** vue, vue-router, pinia, @tanstack/vue-query, vue-i18n and the SDK: one instance per page, the host's. */
export declare const SHARED_SINGLETONS: readonly ['vue', 'vue-router', 'pinia', '@tanstack/vue-query', 'vue-i18n', '@fawang/sdk'];

/** The installed version of each shared singleton, as resolved from `fromDir` (a package folder). */
export declare function sharedVersions(fromDir: string): Record<(typeof SHARED_SINGLETONS)[number], string>;
