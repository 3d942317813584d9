import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';

// Each test file starts its own API server (a fresh PGlite folder takes ~20 s to seed) and one Chromium:
// files run one after another so two cores are not shared by two browsers and two databases.
export default defineConfig(
  fawangTestConfig({
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  }),
);
