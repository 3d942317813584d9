import { defineConfig } from 'vitest/config';

// Renders every story of the static Storybook in Chromium and runs axe in standard and care mode.
// Needs `storybook-static/` (turbo runs build-storybook before test).
export default defineConfig({
  test: {
    include: ['test/a11y/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
