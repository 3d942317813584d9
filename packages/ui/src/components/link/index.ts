export { default as FwLink } from './FwLink.vue';
