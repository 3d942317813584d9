export { default as FwNav } from './FwNav.vue';
export type { FwNavItem } from './types.js';
