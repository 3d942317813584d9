export { default as FwCard } from './FwCard.vue';
