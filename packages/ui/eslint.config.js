import { fawang } from '@fawang/eslint-config';

export default [
  ...fawang(),
  // Scripts and the browser a11y runner report to the terminal.
  { files: ['scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
];
