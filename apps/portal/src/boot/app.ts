/**
 * The portal's app for one region, the same in the browser and on the server (entry-server.ts): i18n,
 * API client, stores, vue-query, event bus, router, the enabled modules. The browser mounts it (or
 * hydrates the page the server rendered); the server renders one public page with it and throws it away.
 */
import { createApp, createSSRApp, type App as VueApp } from 'vue';
import { createPinia, type Pinia } from 'pinia';
import type { RouterHistory, Router } from 'vue-router';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createFawangClient, fawangSdk, usePreferencesStore, useSessionStore, type Preferences } from '@fawang/sdk';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import { createEventBus } from '@fawang/module-kit';
import { addModuleKitMessages, addModuleMessages, HOST_CONTEXT_KEY, type HostContext } from '@fawang/module-kit/host';
import App from '../App.vue';
import { hostMessages } from '../messages.js';
import { createPortalRouter } from '../router.js';
import { HOST_STATE } from '../shell/host-state.js';
import { lineageOf } from '../shell/lineage.js';
import { startModules, type ModuleRegistry, type ModuleSourcesOptions } from './modules.js';

export function portalI18n() {
  const i18n = createFwI18n('zh-CN');
  for (const [locale, messages] of Object.entries(hostMessages)) i18n.global.mergeLocaleMessage(locale, messages as never);
  addModuleKitMessages(i18n);
  return i18n;
}

export interface PortalAppOptions {
  profile: ResolvedRegionProfile;
  history: RouterHistory;
  modules: ModuleSourcesOptions;
  /** The browser hydrates a server-rendered page; the server renders with an SSR app too. */
  ssr: boolean;
  /** The server's transport to the API (in-process); the browser uses fetch. */
  fetch?: (request: Request) => Promise<Response>;
  /** The visitor's display preferences as the server knows them (a cookie); the browser reads its own. */
  preferences?: Partial<Preferences>;
}

export interface PortalApp {
  app: VueApp;
  router: Router;
  pinia: Pinia;
  queryClient: QueryClient;
  modules: ModuleRegistry;
}

export function createPortalApp(options: PortalAppOptions): PortalApp {
  const { profile } = options;
  const i18n = portalI18n();
  // The server's requests need an absolute URL; its in-process transport reads only the path.
  const serverFetch = options.fetch;
  const client = createFawangClient(
    serverFetch ? { baseUrl: 'http://portal.internal/api/v1', fetch: ((input: Request) => serverFetch(input)) as typeof fetch } : { baseUrl: '/api/v1' },
  );
  const pinia = createPinia();
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
  const bus = createEventBus();
  // Asked once, when a staff page first needs it (the header's region switcher asks through vue-query).
  let lineage: Promise<string[]> | undefined;
  const router = createPortalRouter(profile, options.history, () =>
    (lineage ??= client.listRegions().then(
      (regions) => lineageOf(regions, profile.id),
      () => [profile.id, ...(profile.parent ? [profile.parent] : [])],
    )),
  );
  const report = (error: unknown, moduleId: string) => console.error(`[fawang] module ${moduleId}:`, error);
  const modules = startModules(profile, options.modules, router, (slot) => addModuleMessages(i18n, 'definition' in slot ? slot.definition : slot), report);

  const app = options.ssr ? createSSRApp(App) : createApp(App);
  app.use(pinia).use(fawangSdk({ client })).use(VueQueryPlugin, { queryClient }).use(i18n).use(createFawangUI({ i18n }));
  app.provide(HOST_CONTEXT_KEY, { region: profile, bus } satisfies HostContext);
  app.provide(HOST_STATE, { profile, slots: modules.slots });
  app.config.errorHandler = (error, _instance, info) => console.error('[fawang]', info, error);
  if (options.preferences) usePreferencesStore(pinia).update(options.preferences);

  const session = useSessionStore(pinia);
  let lastUser: string | null = null;
  session.$subscribe(() => {
    const userId = session.user?.id ?? null;
    if (userId !== lastUser) bus.emit('session.changed', { userId });
    lastUser = userId;
  });
  app.use(router);
  return { app, router, pinia, queryClient, modules };
}
