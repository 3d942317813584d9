import { provide } from 'vue';
import { MODULE_CONTEXT_KEY, useHostContext, type ModuleContext } from '../context.js';
import type { ReadyModule } from './load.js';

/** Gives the components below a loaded module's context: its pages, and any piece of it a host page shows. */
export function provideModuleContext(slot: ReadyModule): ModuleContext {
  const context: ModuleContext = {
    ...useHostContext(),
    moduleId: slot.id,
    config: slot.config,
    basePath: `/${slot.id}`,
    workbenchPath: `/workbench/${slot.id}`,
  };
  provide(MODULE_CONTEXT_KEY, context);
  return context;
}
