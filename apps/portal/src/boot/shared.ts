/**
 * The host's instances of the shared singletons, for the federation runtime (started only when a profile
 * names a remote). Each getter imports the module this bundle already uses, so a remote receives the very
 * objects the host runs with.
 */
import type { SharedLibrary } from '@fawang/module-kit/host';

declare const __FAWANG_SHARED_VERSIONS__: Record<string, string>;

const loaders: Record<string, () => Promise<Record<string, unknown>>> = {
  vue: () => import('vue'),
  'vue-router': () => import('vue-router'),
  pinia: () => import('pinia'),
  '@tanstack/vue-query': () => import('@tanstack/vue-query'),
  'vue-i18n': () => import('vue-i18n'),
  '@fawang/sdk': () => import('@fawang/sdk'),
};

export async function sharedLibraries(): Promise<Record<string, SharedLibrary>> {
  const entries = await Promise.all(
    Object.entries(loaders).map(async ([name, load]) => [name, { version: __FAWANG_SHARED_VERSIONS__[name]!, module: await load() }] as const),
  );
  return Object.fromEntries(entries);
}
