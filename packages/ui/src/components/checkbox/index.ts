export { default as FwCheckbox } from './FwCheckbox.vue';
export { default as FwCheckboxGroup } from './FwCheckboxGroup.vue';
export type { FwCheckboxOption } from './FwCheckboxGroup.vue';
