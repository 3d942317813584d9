export { default as FwInput } from './FwInput.vue';
