/** The host runtime: what a portal host uses to load, route and frame modules. */
export { loadModules, loadModule, enabledModuleIds, ModuleLoadError } from './load.js';
export type { ModuleLoader, ModuleSources, ModuleSlot, ReadyModule, FailedModule } from './load.js';
export { federatedLoader, remoteName, type SharedLibrary } from './federation.js';
export { modulePublicRoute, moduleWorkbenchRoute, type ModuleRouteMeta } from './routes.js';
export { moduleTitleKey } from './titles.js';
export { moduleSummary, type ModuleSummary } from './summary.js';
export { addModuleMessages, addModuleKitMessages } from './messages.js';
export { provideModuleContext } from './provide.js';
export { canAccess, type AccessUser } from './access.js';
export { HOST_CONTEXT_KEY, type HostContext } from '../context.js';
export { default as ModuleOutlet } from './ModuleOutlet.vue';
