export { default as FwDatePicker } from './FwDatePicker.vue';
