export { default as FwFileUpload } from './FwFileUpload.vue';
export type { FwUploadItem, FwUploadFn, FwUploadContext, FwUploadStatus } from './files.js';
