/**
 * @fawang/ui — the design system. Import components by name (the package is tree-shakable) and load
 * `@fawang/ui/styles.css` once in the host.
 */
// The tokens and the shared styles join the components' CSS in dist/fawang-ui.css (the library build
// extracts every stylesheet into that one file; `@fawang/ui/styles.css` points at it).
import './styles/index.css';

export * from './plugin.js';
export * from './i18n/index.js';
export * from './theme/index.js';
export * from './foundations.js';
export * from './forms.js';
export * from './display.js';
export * from './chrome.js';
