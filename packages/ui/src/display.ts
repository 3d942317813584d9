// The display components. Each lives in src/components/<name>/ with its stories and tests.
export * from './components/card/index.js';
export * from './components/service-card/index.js';
export * from './components/status-badge/index.js';
export * from './components/timeline/index.js';
export * from './components/steps/index.js';
export * from './components/data-table/index.js';
export * from './components/pagination/index.js';
export * from './components/dialog/index.js';
export * from './components/drawer/index.js';
export * from './components/toast/index.js';
export * from './components/state/index.js';
export * from './components/read-aloud/index.js';
export * from './components/service-point-list/index.js';
