export { default as FwButton } from './FwButton.vue';
