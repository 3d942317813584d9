/**
 * @fawang/ui — the design system. Import components by name (the package is tree-shakable) and load
 * `@fawang/ui/styles.css` once in the host.
 */
export * from './plugin.js';
export * from './i18n/index.js';
export * from './theme/index.js';
export * from './foundations.js';
export * from './forms.js';
export * from './display.js';
export * from './chrome.js';
