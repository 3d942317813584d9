/**
 * @fawang/module-kit — the module contract. A module imports from here (`defineModule`, its context,
 * the event bus types); the host imports `@fawang/module-kit/host`; tests import `@fawang/module-kit/testing`.
 */
export { defineModule } from './define-module.js';
export { entryPoints, workbenchView, type ModuleEntryPoint } from './entry-points.js';
export type {
  ModuleDefinition,
  ModuleNavItem,
  ModuleHomeCard,
  ModuleWorkbenchView,
  ModuleAccountSection,
  ModuleMessages,
  ConfigSchema,
  ConfigSchemaSource,
  LazyComponent,
  MessageKey,
} from './types.js';
export { createEventBus, type EventBus, type FawangEvents, type FawangEventName, type FawangEventHandler } from './events.js';
export { useHostContext, useModuleContext, useModuleI18n, moduleMessageNamespace, type HostContext, type ModuleContext } from './context.js';
export { default as ModuleBoundary } from './boundary/ModuleBoundary.vue';
