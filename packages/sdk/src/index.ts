export * from './validators/index.js';
export * from './masking/index.js';
export * from './core.js';
export * from './query/keys.js';
export * from './query/composables.js';
export * from './query/case-module.js';
export * from './pagination/index.js';
