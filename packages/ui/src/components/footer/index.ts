export { default as FwFooter } from './FwFooter.vue';
export { ERROR_REPORT_BASE, ICP_URL, errorReportUrl, publicSecurityUrl, telHref } from './gov.js';
export type { FwGovChrome, FwHotline } from './types.js';
