// Foundation components every other component builds on.
export * from './components/button/index.js';
export * from './components/icon/index.js';
// The one tel: address rule (menu keys such as 12348-1 dial after a pause), for hosts and modules too.
export { telHref } from './internal/tel.js';
