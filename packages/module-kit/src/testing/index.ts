/** Test helpers for modules: mount a module in a minimal host, answer its API calls, check its messages. */
export { mountModule, settle, type MountModuleOptions, type MountedModule } from './mount-module.js';
export { fakeApi, jsonResponse, type FakeApi, type FakeRoute } from './fake-api.js';
export { chooseFiles } from './files.js';
export { listPage, organizationSummary } from './fixtures.js';
export { openLandingPage, type LandingPage } from './landing.js';
export { definitionMessageKeys, missingMessageKeys, unevenMessageKeys } from './messages.js';
