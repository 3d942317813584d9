export * from './ids.js';
export * from './phone.js';
export * from './masking.js';
