import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';

const base = fawangTestConfig({ environment: 'happy-dom' });

export default defineConfig({ plugins: [vue()], ...base });
