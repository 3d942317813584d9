import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';

export default defineConfig(fawangTestConfig());
