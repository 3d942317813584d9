import { fileURLToPath } from 'node:url';
import { precompileMessages } from '@fawang/vite-config';
import { sharedVersions } from '@fawang/vite-config/shared';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { precompress } from './build/compress-plugin.js';
import { firstPaint } from './build/first-paint-plugin.js';
import { fawangModules } from './build/modules-plugin.js';

// One build serves every region: assets use absolute /assets/ URLs and the region comes from the path
// (/leshan/…) at run time. The API server (apps/api) serves dist/ and inlines the region's profile.
// Federated modules need no build plugin here: the runtime starts on demand (ADR 0008).
export default defineConfig(({ isSsrBuild }) => ({
  base: '/',
  // FAWANG_APPS_DIR: where to look for modules instead of apps/ (the scaffold test builds a host with a
  // freshly generated module this way).
  plugins: [vue(), precompileMessages(), fawangModules(process.env.FAWANG_APPS_DIR ?? fileURLToPath(new URL('..', import.meta.url))), firstPaint(), precompress()],
  define: {
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: process.env.FAWANG_DEBUG_HYDRATION === '1',
    // Vue's and vue-i18n's features nothing here uses, left out of the first load: the Options API (every
    // component is <script setup>, in remotes too), vue-i18n's legacy API and its global components, and
    // its message compiler (messages arrive precompiled; a module's load brings it: boot/message-compiler.ts).
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_DROP_MESSAGE_COMPILER__: true,
    __FAWANG_SHARED_VERSIONS__: JSON.stringify(sharedVersions(fileURLToPath(new URL('.', import.meta.url)))),
    // The server bundle runs in the API's process whatever its NODE_ENV: always Vue's production build.
    ...(isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {}),
  },
  // The client build's manifest lets `pnpm perf` tell the host's first-load chunks from each module's
  // entry; its SSR manifest lets the server link the chunks and stylesheets a rendered page used. The
  // server build (`--ssr src/entry-server.ts`, ADR 0017) is one self-contained file in dist-ssr/.
  build: isSsrBuild
    ? { target: 'node20', outDir: 'dist-ssr', sourcemap: true, emptyOutDir: true, copyPublicDir: false }
    : { target: 'es2022', sourcemap: true, manifest: true, ssrManifest: true },
  ssr: { noExternal: true },
  server: {
    port: 5173,
    proxy: { '/api': process.env.FAWANG_API_URL ?? 'http://127.0.0.1:8080' },
  },
}));
