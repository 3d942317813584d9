// Shared vitest preset: every package's tests live beside the code (`__tests__/` or `*.test.ts`)
// and run in Node unless the package asks for a DOM.
/** @param {import('vitest/config').UserConfig['test']} [overrides] */
export function fawangTestConfig(overrides = {}) {
  return {
    test: {
      include: ['src/**/*.test.ts', 'src/**/__tests__/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      passWithNoTests: false,
      ...overrides,
    },
  };
}
