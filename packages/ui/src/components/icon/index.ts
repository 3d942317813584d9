export { default as FwIcon } from './FwIcon.vue';
export { FW_ICONS, type FwIconName } from './icons.js';
