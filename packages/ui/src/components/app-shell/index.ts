export { default as FwAppShell } from './FwAppShell.vue';
