export { default as FwServicePointList } from './FwServicePointList.vue';
export type { FwServicePoint } from './types.js';
export { distanceKm, sortByDistance, type LatLng } from './distance.js';
