import type { Plugin, UserConfig } from 'vite';

export { SHARED_SINGLETONS, sharedVersions } from './shared.js';

export interface ModuleRemoteOptions {
  /** The module id (`"fawang": { "module": "<id>" }` in its package.json). */
  id: string;
  /** The module's folder (the one holding src/index.ts); dist/ is written there. */
  root: string;
}

/** `fawang_<id>` with "-" as "_": the container name the host's federatedLoader loads. */
export function remoteContainerName(id: string): string;

/** The whole Vite config of a module's Module Federation remote build. */
export function moduleRemoteConfig(options: ModuleRemoteOptions): UserConfig;

/**
 * Loads `messages/<locale>.json` files with every message that has syntax precompiled to vue-i18n's AST,
 * so the app can run vue-i18n's runtime-only build.
 */
export function precompileMessages(): Plugin;

export { compileMessages } from './compile-messages.js';
