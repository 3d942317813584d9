import root from '../../eslint.config.js';

export default [
  ...root,
  {
    // The test client hands JSON bodies back loosely typed: the server already validates every response
    // against the contract, so the suites only pick out the fields they assert on.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
