// The forms components. Each lives in src/components/<name>/ with its stories and tests.
export * from './components/form-field/index.js';
export * from './components/form/index.js';
export * from './components/input/index.js';
export * from './components/textarea/index.js';
export * from './components/select/index.js';
export * from './components/radio-group/index.js';
export * from './components/checkbox/index.js';
export * from './components/date-picker/index.js';
export * from './components/file-upload/index.js';
export * from './components/id-input/index.js';
export * from './components/phone-input/index.js';
export * from './components/rating/index.js';
