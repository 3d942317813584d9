// A module's Module Federation remote build, the same for every module under apps/: container
// `fawang_<id>` ("-" as "_", what the host's federatedLoader asks for), exposing `./module` (the module's
// defineModule definition, src/index.ts), with the host's shared singletons, a manifest (mf-manifest.json,
// the entry a region profile names) and relative asset URLs, so `dist/` can be served from any origin.
import vue from '@vitejs/plugin-vue';
import { federation } from '@module-federation/vite';
import { SHARED_SINGLETONS } from './shared.js';

export { SHARED_SINGLETONS, sharedVersions } from './shared.js';
export { compileMessages } from './compile-messages.js';
export { precompileMessages } from './messages.js';

/**
 * The container name of a module's remote: fawang_<id with "-" as "_"> (module kit: remoteName).
 * @param {string} id
 */
export function remoteContainerName(id) {
  return `fawang_${id.replaceAll('-', '_')}`;
}

/**
 * The whole Vite config of a module's remote build.
 * @param {{ id: string; root: string }} options
 * @returns {import('vite').UserConfig}
 */
export function moduleRemoteConfig({ id, root }) {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`moduleRemoteConfig: "${id}" is not a module id (lower case, digits, "-")`);
  return {
    root,
    base: './',
    // Not a page: the public folder, if any, belongs to the host.
    publicDir: false,
    plugins: [
      vue(),
      federation({
        name: remoteContainerName(id),
        filename: 'remoteEntry.js',
        exposes: { './module': './src/index.ts' },
        // The remote's own copies sit in fallback chunks, fetched only by a host that does not provide the
        // library (a Fawang host always does).
        shared: Object.fromEntries(SHARED_SINGLETONS.map((name) => [name, { singleton: true }])),
        manifest: true,
        dts: false,
      }),
    ],
    // No page of its own: the container (remoteEntry.js) is the product; the definition is its input.
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      rollupOptions: { input: { module: './src/index.ts' } },
    },
  };
}
