export { default as FwReadAloud } from './FwReadAloud.vue';
