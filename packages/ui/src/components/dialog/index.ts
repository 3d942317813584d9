export { default as FwDialog } from './FwDialog.vue';
