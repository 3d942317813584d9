// The libraries that must exist once on the page, shared by the host with every federated module: two
// copies of vue, pinia or the SDK would mean two reactivity systems, two session stores, two API clients.
// The host registers its own instances (apps/portal/src/boot/shared.ts); every module remote declares the
// same list as singletons (moduleRemoteConfig), so the host's copy is the one that runs.
//
// The design system and the module kit are deliberately not on the list (ADR 0008): Module Federation
// shares whole packages, so sharing @fawang/ui would put every component (date picker included) into the
// page. Neither holds state that must be unique — tokens are global CSS from the host, strings go through
// the shared vue-i18n, module context uses string injection keys — so a remote that bundles the few
// components it uses behaves the same.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const SHARED_SINGLETONS = Object.freeze(['vue', 'vue-router', 'pinia', '@tanstack/vue-query', 'vue-i18n', '@fawang/sdk']);

/**
 * The versions of the shared singletons installed for the package in `fromDir`, read at build time
 * (the host defines them for the federation runtime).
 * @param {string} fromDir
 * @returns {Record<string, string>}
 */
export function sharedVersions(fromDir) {
  const require = createRequire(`${fromDir}/`);
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name) => {
      // Not every package exports ./package.json: walk up from its entry to the manifest that names it.
      for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
        const manifest = join(dir, 'package.json');
        if (!existsSync(manifest)) continue;
        const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
        if (pkg.name === name) return [name, pkg.version];
      }
      throw new Error(`cannot find the version of ${name}`);
    }),
  );
}
