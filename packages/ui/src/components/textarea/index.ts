export { default as FwTextarea } from './FwTextarea.vue';
