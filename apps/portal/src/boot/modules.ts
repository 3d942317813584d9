/**
 * The enabled modules of this region, as reactive slots. Nothing waits for them: the portal paints its
 * frame and home page at once, each module's card and pages appear as its code arrives (a few KB for a
 * bundled module; a federated remote may take longer). Until then its pages show a spinner — and if the
 * page being shown belongs to the module that just arrived, it is resolved again.
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
  type ReadyModule,
} from '@fawang/module-kit/host';
import LoadingOutlet from '../shell/LoadingOutlet.vue';

export type HostSlot = ModuleSlot | { id: string; source: 'bundled' | 'remote'; status: 'loading' };

export interface ModuleRegistry {
  /** In display order. */
  slots: HostSlot[];
  /** Settles when every bundled module has loaded or failed (what a server-rendered page was rendered with). */
  bundledReady: Promise<void>;
  /** Settles when every module has loaded or failed. */
  ready: Promise<void>;
}

export interface ModuleSourcesOptions {
  bundled: Record<string, ModuleLoader>;
  /** Loads the remotes a profile names; absent on the server, which renders a remote module's slot as loading. */
  loadRemote?: ModuleSources['loadRemote'];
}

function belongsTo(path: string, id: string): boolean {
  return [`/${id}`, `/workbench/${id}`].some((base) => path === base || path.startsWith(`${base}/`));
}

export function startModules(
  profile: ResolvedRegionProfile,
  { bundled, loadRemote }: ModuleSourcesOptions,
  router: Router,
  onReady: (slot: ReadyModule) => void,
  onError: (error: unknown, moduleId: string) => void,
): ModuleRegistry {
  const ids = enabledModuleIds(profile, Object.keys(bundled));
  const remote = (id: string) => !!(profile.modules as Record<string, { remote?: { entry: string } } | undefined>)[id]?.remote?.entry;
  const slots = shallowReactive<HostSlot[]>(ids.map((id) => ({ id, source: remote(id) ? 'remote' : 'bundled', status: 'loading' })));
  const sources: ModuleSources = { bundled, ...(loadRemote ? { loadRemote } : {}) };

  const pending = ids.map(async (id, index) => {
    const placeholder = { component: LoadingOutlet, children: [{ path: ':rest(.*)*', component: LoadingOutlet }] };
    router.addRoute({ name: `module:${id}`, path: `/${id}`, ...placeholder });
    router.addRoute({ name: `workbench:${id}`, path: `/workbench/${id}`, ...placeholder });
    if (slots[index]!.source === 'remote' && !loadRemote) return;

    const slot = await loadModule(profile, id, sources);
    if (slot.status === 'ready') onReady(slot);
    else onError(slot.error, slot.id);
    router.removeRoute(`workbench:${id}`);
    router.addRoute({ ...modulePublicRoute(slot, onError), name: `module:${id}` });
    const workbench = moduleWorkbenchRoute(slot, onError);
    if (workbench) router.addRoute({ ...workbench, name: `workbench:${id}` });
    slots[index] = slot;
    const current = router.currentRoute.value;
    if (belongsTo(current.path, id)) await router.replace(current.fullPath);
  });
  const settled = (which: Promise<void>[]) => Promise.all(which).then(() => undefined);
  return { slots, bundledReady: settled(pending.filter((_, index) => slots[index]!.source === 'bundled')), ready: settled(pending) };
}
