// Shared flat config: strict-ish TypeScript rules everywhere, the Vue plugin for .vue files.
// Packages use it as `export default fawang()` in their eslint.config.js, adding their own entries after.
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export function fawang() {
  return tseslint.config(
    { ignores: ['**/dist/**', '**/node_modules/**', '**/*.gen.ts', '**/storybook-static/**', '**/.data/**'] },
    ...tseslint.configs.recommended,
    ...pluginVue.configs['flat/recommended'],
    {
      files: ['**/*.vue'],
      languageOptions: { parserOptions: { parser: tseslint.parser } },
    },
    {
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      rules: {
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        '@typescript-eslint/consistent-type-imports': 'error',
        'no-console': ['error', { allow: ['warn', 'error'] }],
        eqeqeq: ['error', 'always'],
      },
    },
    {
      // Tests and stories define small host components inline next to the component under test.
      files: ['**/__tests__/**', '**/*.test.ts', '**/*.stories.ts'],
      rules: { 'vue/one-component-per-file': 'off' },
    },
  );
}
