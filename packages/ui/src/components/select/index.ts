export { default as FwSelect } from './FwSelect.vue';
export type { FwSelectOption } from './FwSelect.vue';
