export * from './brand.js';
export * from './color.js';
export * from './display.js';
