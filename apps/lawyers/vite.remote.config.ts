import vue from '@vitejs/plugin-vue';
import { federation } from '@module-federation/vite';
import { defineConfig } from 'vite';
import { SHARED_SINGLETONS } from '../portal/build/shared.js';

/**
 * The lawyers module as a Module Federation remote, deployable on its own (any static server with CORS
 * for the portal's origin). A region profile points at it with
 * `"lawyers": { "enabled": true, "remote": { "entry": "https://…/mf-manifest.json" } }`.
 * The shared singletons come from the host: this build's own copies sit in fallback chunks that are
 * fetched only by a host that does not provide them (a Fawang host always does; the e2e test checks it).
 */
export default defineConfig({
  base: './',
  plugins: [
    vue(),
    federation({
      name: 'fawang_lawyers',
      filename: 'remoteEntry.js',
      exposes: { './module': './src/index.ts' },
      shared: Object.fromEntries(SHARED_SINGLETONS.map((name) => [name, { singleton: true }])),
      manifest: true,
      dts: false,
    }),
  ],
  // No page of its own: the container (remoteEntry.js) is the product; the definition is its input.
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, rollupOptions: { input: { module: './src/index.ts' } } },
});
