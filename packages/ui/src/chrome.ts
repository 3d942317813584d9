// The chrome components. Each lives in src/components/<name>/ with its stories and tests.
export * from './components/link/index.js';
export * from './components/nav/index.js';
export * from './components/header/index.js';
export * from './components/footer/index.js';
export * from './components/app-shell/index.js';
export * from './components/division-cascader/index.js';
