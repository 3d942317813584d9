export * from './resident-id.js';
export * from './uscc.js';
