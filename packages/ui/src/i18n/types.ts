/**
 * The kit's messages are plain vue-i18n message objects, one per locale, under the `fw` namespace.
 * A region adds a language (e.g. Tibetan `bo`, Yi `ii`) by giving the same keys for its locale:
 * `registerFwLocale(i18n, 'bo', pack)`; missing keys fall back to zh-CN.
 */
export type MessageTree = { [key: string]: string | MessageTree };

export const FW_LOCALES = ['zh-CN', 'en'] as const;
export type FwLocale = (typeof FW_LOCALES)[number];
