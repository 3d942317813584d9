export { default as FwDrawer } from './FwDrawer.vue';
