import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';
import { precompileMessages } from '@fawang/vite-config';

const base = fawangTestConfig({ environment: 'happy-dom' });

export default defineConfig({ plugins: [vue(), precompileMessages()], ...base });
