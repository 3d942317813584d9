export { default as FwDataTable } from './FwDataTable.vue';
export type { FwDataTableColumn, FwDataTableSort, FwSortOrder } from './types.js';
