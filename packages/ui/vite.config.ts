import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { precompileMessages } from '@fawang/vite-config';
import { defineConfig } from 'vite';

// Library build: one ES module per source file (preserveModules) so that a page importing FwButton
// pays for FwButton only; all component CSS goes into one stylesheet the host loads once. The kit's
// messages ship precompiled (apps run vue-i18n without its message compiler).
const src = fileURLToPath(new URL('./src', import.meta.url));
const components = readdirSync(`${src}/components`, { withFileTypes: true }).filter((d) => d.isDirectory());

export default defineConfig({
  plugins: [vue(), precompileMessages()],
  build: {
    target: 'es2022',
    sourcemap: true,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: `${src}/index.ts`,
        ...Object.fromEntries(components.map((d) => [`components/${d.name}/index`, `${src}/components/${d.name}/index.ts`])),
      },
      formats: ['es'],
      cssFileName: 'fawang-ui',
    },
    rollupOptions: {
      external: (id) => /^(vue|vue-i18n|reka-ui|@internationalized\/|@fawang\/)/.test(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
