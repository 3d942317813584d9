export { default as FwPagination } from './FwPagination.vue';
