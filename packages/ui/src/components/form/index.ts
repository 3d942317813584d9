export { default as FwForm } from './FwForm.vue';
export type { FwFormError } from './FwForm.vue';
export {
  required,
  minLength,
  maxLength,
  pattern,
  residentId,
  phone,
  uscc,
  isEmptyValue,
  residentIdProblem,
  type FwRule,
  type FwRules,
  type FwRuleMessage,
  type FwRuleResult,
  type ResidentIdProblem,
} from './rules.js';
