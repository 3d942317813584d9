export * from './validators/index.js';
export * from './masking/index.js';
