/** Shared public pages that every module builds on, so the six modules do not copy each other. */
export { default as OrganizationDirectory } from './OrganizationDirectory.vue';
export { default as OrganizationDirectoryPage } from './OrganizationDirectoryPage.vue';
export { default as DirectorySearch } from './DirectorySearch.vue';
export { directoryConfigSchema, type DirectoryConfig } from './config.js';
export { default as DirectoryResults } from './DirectoryResults.vue';
export type { DirectoryPageQuery, OrganizationDirectoryFilters } from './types.js';
