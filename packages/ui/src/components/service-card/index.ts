export { default as FwServiceCard } from './FwServiceCard.vue';
