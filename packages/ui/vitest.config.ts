import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';

// Component tests: @vue/test-utils in happy-dom. The browser pass (axe on every story) has its own config.
const base = fawangTestConfig({ environment: 'happy-dom', setupFiles: ['src/testing/setup.ts'] });

export default defineConfig({
  plugins: [vue()],
  ...base,
  test: { ...base.test, include: ['src/**/*.test.ts'] },
});
