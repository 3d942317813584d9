export { default as FwToaster } from './FwToaster.vue';
export { useToast, type FwToastApi } from './useToast.js';
export {
  createFwToastManager,
  fwToastManager,
  FW_TOAST_DURATIONS,
  type FwToastData,
  type FwToastManager,
  type FwToastOptions,
  type FwToastTone,
} from './store.js';
