export { default as FwHeader } from './FwHeader.vue';
export type { FwContrast, FwHeaderUser, FwLocaleChoice, FwRegionChoice } from './types.js';
