export { default as FwPhoneInput } from './FwPhoneInput.vue';
