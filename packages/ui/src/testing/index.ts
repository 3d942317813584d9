export { mountFw } from './mount.js';
