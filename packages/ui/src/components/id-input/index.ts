export { default as FwIdInput } from './FwIdInput.vue';
export type { FwIdValidity } from './FwIdInput.vue';
