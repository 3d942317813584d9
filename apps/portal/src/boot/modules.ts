/**
 * The enabled modules of this region, as reactive slots. Nothing waits for them: the portal paints its
 * frame and home page at once, each module's card and pages appear as its code arrives (a few KB for a
 * bundled module; a federated remote may take longer). Until then its pages show a spinner — and if the
 * page being shown belongs to the module that just arrived, it is resolved again.
 *
 * With a page the server rendered, the browser also has each bundled module's summary (its name, nav
 * and cards as data): such a module stays a summary until one of its pages — or a host page that needs
 * every module (我的, 工作台) — is opened, and its code is loaded then, before the page is shown.
 */
import { shallowReactive } from 'vue';
import type { Router } from 'vue-router';
import type { ResolvedRegionProfile } from '@fawang/regions';
import {
  enabledModuleIds,
  loadModule,
  modulePublicRoute,
  moduleWorkbenchRoute,
  type ModuleLoader,
  type ModuleSlot,
  type ModuleSources,
  type ModuleSummary,
  type ReadyModule,
} from '@fawang/module-kit/host';
import LoadingOutlet from '../shell/LoadingOutlet.vue';

export type HostSlot =
  | ModuleSlot
  | { id: string; source: 'bundled' | 'remote'; status: 'loading' }
  | { id: string; source: 'bundled'; status: 'summary'; summary: ModuleSummary };

export interface ModuleRegistry {
  /** In display order. */
  slots: HostSlot[];
  /** Settles when every module loaded at start (all but the summaries) has loaded or failed. */
  ready: Promise<void>;
}

export interface ModuleSourcesOptions {
  bundled: Record<string, ModuleLoader>;
  /** Loads the remotes a profile names; absent on the server, which renders a remote module's slot as loading. */
  loadRemote?: ModuleSources['loadRemote'];
  /** Bundled modules known by their summary only, loaded when needed (a server-rendered page's). */
  summaries?: Readonly<Record<string, ModuleSummary>>;
  /** Their configurations as the server resolved them (no validator in the browser). */
  resolvedConfigs?: ModuleSources['resolvedConfigs'];
}

function belongsTo(path: string, id: string): boolean {
  return [`/${id}`, `/workbench/${id}`].some((base) => path === base || path.startsWith(`${base}/`));
}

export function startModules(
  profile: ResolvedRegionProfile,
  { bundled, loadRemote, summaries = {}, resolvedConfigs }: ModuleSourcesOptions,
  router: Router,
  /** Called with each module's messages before its pages show (a summary's synchronously, at start). */
  onReady: (slot: ReadyModule | { id: string; messages: ModuleSummary['messages'] }) => void | Promise<void>,
  onError: (error: unknown, moduleId: string) => void,
): ModuleRegistry {
  const ids = enabledModuleIds(profile, Object.keys(bundled));
  const remote = (id: string) => !!(profile.modules as Record<string, { remote?: { entry: string } } | undefined>)[id]?.remote?.entry;
  const slots = shallowReactive<HostSlot[]>(
    ids.map((id): HostSlot => {
      if (remote(id)) return { id, source: 'remote', status: 'loading' };
      const summary = summaries[id];
      return summary ? { id, source: 'bundled', status: 'summary', summary } : { id, source: 'bundled', status: 'loading' };
    }),
  );
  const sources: ModuleSources = { bundled, ...(loadRemote ? { loadRemote } : {}), ...(resolvedConfigs ? { resolvedConfigs } : {}) };

  for (const id of ids) {
    const placeholder = { component: LoadingOutlet, children: [{ path: ':rest(.*)*', component: LoadingOutlet }] };
    router.addRoute({ name: `module:${id}`, path: `/${id}`, ...placeholder });
    router.addRoute({ name: `workbench:${id}`, path: `/workbench/${id}`, ...placeholder });
  }
  for (const slot of slots) if (slot.status === 'summary') void onReady({ id: slot.id, messages: slot.summary.messages });

  /** Loads one module's code and puts its routes in place of the placeholders; `reresolve`: show it if it is the current page. */
  const loading = new Map<string, Promise<void>>();
  const load = (id: string, reresolve: boolean) => {
    let pending = loading.get(id);
    if (!pending) {
      pending = (async () => {
        const index = ids.indexOf(id);
        const slot = await loadModule(profile, id, sources);
        if (slot.status === 'ready') await onReady(slot);
        else onError(slot.error, slot.id);
        router.removeRoute(`workbench:${id}`);
        router.addRoute({ ...modulePublicRoute(slot, onError), name: `module:${id}` });
        const workbench = moduleWorkbenchRoute(slot, onError);
        if (workbench) router.addRoute({ ...workbench, name: `workbench:${id}` });
        slots[index] = slot;
        const current = router.currentRoute.value;
        if (reresolve && belongsTo(current.path, id)) await router.replace(current.fullPath);
      })();
      loading.set(id, pending);
    }
    return pending;
  };

  // A summary's code is loaded before any of its pages is shown (or a host page that lists every module's
  // sections); the navigation then starts again, to match the routes that have just been added.
  router.beforeEach(async (to) => {
    const waiting = slots.filter((slot) => slot.status === 'summary' && (to.meta.allModules === true || belongsTo(to.path, slot.id)));
    if (!waiting.length) return true;
    await Promise.all(waiting.map((slot) => load(slot.id, false)));
    return to.fullPath;
  });

  const eager = ids.filter((id, index) => slots[index]!.status === 'loading' && (!remote(id) || loadRemote));
  return { slots, ready: Promise.all(eager.map((id) => load(id, true))).then(() => undefined) };
}
