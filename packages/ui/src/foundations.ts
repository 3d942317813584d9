// Foundation components every other component builds on.
export * from './components/button/index.js';
export * from './components/icon/index.js';
