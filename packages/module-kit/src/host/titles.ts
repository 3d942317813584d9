import { moduleMessageNamespace } from '../context.js';
import type { ModuleSlot } from './load.js';

/**
 * The message key of a module's name. A loaded module names itself; for one that failed to load the
 * host falls back to `host.modules.<id>` (the host knows the six built-in names) and then to the id.
 */
export function moduleTitleKey(slot: ModuleSlot): string {
  return slot.status === 'ready' ? `${moduleMessageNamespace(slot.id)}.${slot.definition.title}` : `host.modules.${slot.id}`;
}
