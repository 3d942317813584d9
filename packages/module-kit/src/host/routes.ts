/**
 * Turns loaded module slots into vue-router routes under the router's base (/<region>/):
 * public pages at /<module-id>/…, staff views at /workbench/<module-id>/<view>. Page components are
 * wrapped in defineAsyncComponent so navigation is immediate, a spinner shows while a page's code
 * arrives, and a page that fails to load is caught by the module's error boundary.
 */
import { defineAsyncComponent, h, type Component } from 'vue';
import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import { FwLoading } from '@fawang/ui';
import type { LazyComponent, ModuleDefinition } from '../types.js';
import type { ModuleSlot } from './load.js';
import ModuleOutlet from './ModuleOutlet.vue';

export interface ModuleRouteMeta {
  moduleId: string;
  /** Roles allowed on a workbench view. */
  roles?: readonly string[];
  workbench?: boolean;
}

function isLazy(component: unknown): component is LazyComponent {
  // A loader is a zero-argument function; a component is an object or a (props, ctx) function.
  return typeof component === 'function' && component.length === 0 && !('props' in component) && !('setup' in component);
}

function asyncPage(component: unknown): RouteComponent {
  if (!isLazy(component)) return component as RouteComponent;
  return defineAsyncComponent({
    loader: async () => {
      const loaded = await component();
      return ('default' in (loaded as object) ? (loaded as { default: Component }).default : loaded) as Component;
    },
    loadingComponent: FwLoading,
    delay: 150,
  });
}

function wrapRoutes(routes: readonly RouteRecordRaw[]): RouteRecordRaw[] {
  return routes.map((route) => {
    const wrapped = { ...route } as RouteRecordRaw & { component?: unknown; children?: RouteRecordRaw[] };
    if (wrapped.component) wrapped.component = asyncPage(wrapped.component);
    if (wrapped.children) wrapped.children = wrapRoutes(wrapped.children);
    return wrapped as RouteRecordRaw;
  });
}

function outlet(slot: ModuleSlot, onError: (error: unknown, moduleId: string) => void): Component {
  return { name: `FwModule_${slot.id.replaceAll('-', '_')}`, render: () => h(ModuleOutlet, { slotInfo: slot, onReport: onError }) };
}

function stripLeadingSlash(path: string): string {
  return path.replace(/^\/+/, '');
}

/** The public routes of one module; a failed module gets a catch-all that shows its error state. */
export function modulePublicRoute(slot: ModuleSlot, onError: (error: unknown, moduleId: string) => void): RouteRecordRaw {
  const children: RouteRecordRaw[] =
    slot.status === 'ready'
      ? wrapRoutes(slot.definition.routes.map((r) => ({ ...r, path: stripLeadingSlash(r.path) }) as RouteRecordRaw))
      : [{ path: ':rest(.*)*', component: { render: () => null } }];
  return { path: `/${slot.id}`, component: outlet(slot, onError), meta: { moduleId: slot.id } satisfies ModuleRouteMeta, children };
}

/** Workbench views of one module, each guarded by the roles of its permission. */
export function moduleWorkbenchRoute(slot: ModuleSlot, onError: (error: unknown, moduleId: string) => void): RouteRecordRaw | undefined {
  if (slot.status !== 'ready' || !slot.definition.workbench?.length) return undefined;
  const definition: ModuleDefinition = slot.definition;
  return {
    path: `/workbench/${slot.id}`,
    component: outlet(slot, onError),
    children: definition.workbench!.map((view) => ({
      path: stripLeadingSlash(view.path),
      name: `workbench:${slot.id}:${view.id}`,
      component: asyncPage(view.component),
      meta: { moduleId: slot.id, workbench: true, roles: definition.permissions?.[view.permission] ?? [] } satisfies ModuleRouteMeta,
    })),
  };
}
