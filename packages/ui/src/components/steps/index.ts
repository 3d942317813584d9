export { default as FwSteps } from './FwSteps.vue';
export { default as FwWizard } from './FwWizard.vue';
export type { FwStep, FwStepState } from './types.js';
