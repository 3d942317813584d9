export { default as FwRadioGroup } from './FwRadioGroup.vue';
export type { FwRadioOption } from './FwRadioGroup.vue';
