export { default as FwRating } from './FwRating.vue';
export type { FwRatingValue, FwRatingLevel } from './FwRating.vue';
