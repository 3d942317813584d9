/**
 * Loading a module from a Module Federation remote, with the federation runtime started only when a
 * profile actually names a remote (ADR 0008): a region without remotes never downloads it.
 *
 * The host hands over the libraries it has already loaded — vue, vue-router, pinia, @tanstack/vue-query,
 * vue-i18n, the SDK — and the runtime registers exactly those instances in the share scope, loaded and
 * preferred ('loaded-first'). A remote is built with them as singleton shares, so it runs on the host's:
 * one Vue, one pinia with the host's session store, one API client (its own copies sit in fallback chunks
 * that are never fetched). A remote exposes its definition as `./module`.
 */
import type { ModuleFederation } from '@module-federation/runtime';
import type { ModuleDefinition } from '../types.js';

export interface SharedLibrary {
  /** The exact version the host bundles (a remote's required range is checked against it). */
  version: string;
  /** The module namespace the host imported (`import * as vue from 'vue'`). */
  module: Record<string, unknown>;
}

/** The container name a module's remote build must use: fawang_<id with "-" as "_">. */
export function remoteName(moduleId: string): string {
  return `fawang_${moduleId.replaceAll('-', '_')}`;
}

let runtime: Promise<ModuleFederation> | undefined;

function federationRuntime(hostName: string, sharedLibraries: () => Promise<Readonly<Record<string, SharedLibrary>>>): Promise<ModuleFederation> {
  runtime ??= Promise.all([import('@module-federation/runtime'), sharedLibraries()]).then(([{ createInstance }, shared]) =>
    createInstance({
      name: hostName,
      remotes: [],
      // The instances already running win over any copy a remote could bring, whatever its version.
      shareStrategy: 'loaded-first',
      shared: Object.fromEntries(
        Object.entries(shared).map(([name, library]) => [
          name,
          { version: library.version, lib: () => library.module, loaded: true, shareConfig: { singleton: true, requiredVersion: `^${library.version}` } },
        ]),
      ),
    }),
  );
  return runtime;
}

/**
 * A loader for ModuleSources.loadRemote. `sharedLibraries` is called once, when the first remote loads,
 * so the host pays nothing for federation until a profile uses it.
 */
export function federatedLoader(sharedLibraries: () => Promise<Readonly<Record<string, SharedLibrary>>>, hostName = 'fawang_portal') {
  return async (moduleId: string, entry: string): Promise<ModuleDefinition> => {
    const federation = await federationRuntime(hostName, sharedLibraries);
    const name = remoteName(moduleId);
    // A relative entry ("/remotes/lawyers/mf-manifest.json") is resolved against the page.
    federation.registerRemotes([{ name, entry: new URL(entry, globalThis.location?.href).href }], { force: true });
    const exposed = await federation.loadRemote<{ default: ModuleDefinition }>(`${name}/module`);
    if (!exposed) throw new Error(`remote ${entry} exposes no ./module`);
    return exposed.default;
  };
}
