/**
 * Shorthands for a module definition's usual entries, so the modules state what differs (ids, targets,
 * icons) and not the message-key pattern every module follows.
 */
import type { FwIconName } from '@fawang/ui';
import type { LazyComponent, ModuleHomeCard, ModuleNavItem, ModuleWorkbenchView } from './types.js';

/** A service the module offers from the portal: a navigation entry and a home card to the same page. */
export interface ModuleEntryPoint {
  id: string;
  /** The messages' key for it: `nav.<key>`, `cards.<key>.title`, `cards.<key>.description`; the id if omitted. */
  key?: string;
  /** Relative to the module's base path. */
  to: string;
  icon: FwIconName;
  mode: NonNullable<ModuleHomeCard['mode']>;
}

/** The navigation entries and home cards of the module's services, in the order given. */
export function entryPoints(entries: readonly ModuleEntryPoint[]): { nav: ModuleNavItem[]; homeCards: ModuleHomeCard[] } {
  return {
    nav: entries.map(({ id, key = id, to, icon }) => ({ id, label: `nav.${key}`, to, icon })),
    homeCards: entries.map(({ id, key = id, to, icon, mode }) => ({ id, title: `cards.${key}.title`, description: `cards.${key}.description`, to, icon, mode })),
  };
}

/** A workbench view whose title and description are `workbench.<id>.title` and `.description`. */
export function workbenchView(id: string, path: string, permission: string, component: LazyComponent): ModuleWorkbenchView {
  return { id, title: `workbench.${id}.title`, description: `workbench.${id}.description`, path, permission, component };
}
