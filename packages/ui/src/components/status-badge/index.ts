export { default as FwStatusBadge } from './FwStatusBadge.vue';
export type { FwStatusTone } from './types.js';
