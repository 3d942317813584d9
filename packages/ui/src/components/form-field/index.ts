export { default as FwFormField } from './FwFormField.vue';
export { FW_FORM_FIELD, useFormFieldContext, isolateFormField, type FwFormFieldContext } from './context.js';
