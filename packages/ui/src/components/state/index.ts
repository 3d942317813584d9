export { default as FwEmptyState } from './FwEmptyState.vue';
export { default as FwErrorState } from './FwErrorState.vue';
export { default as FwLoading } from './FwLoading.vue';
