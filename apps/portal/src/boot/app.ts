/**
 * The portal's app for one region, the same in the browser and on the server (entry-server.ts): i18n,
 * API client, stores, the query layer (vue-query, installed when a page needs it), event bus, router, the
 * enabled modules. The browser mounts it (or
 * hydrates the page the server rendered); the server renders one public page with it and throws it away.
 */
import { createApp, createSSRApp, type App as VueApp } from 'vue';
import { createPinia, type Pinia } from 'pinia';
import type { RouterHistory, Router } from 'vue-router';
import type { DehydratedState } from '@tanstack/vue-query';
import { createFawangClient, fawangSdk, usePreferencesStore, useSessionStore, type Preferences } from '@fawang/sdk/core';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { createFwReferenceI18n } from '@fawang/ui';
import { createEventBus } from '@fawang/module-kit';
import { addModuleKitMessages, addModuleMessages, HOST_CONTEXT_KEY, type HostContext } from '@fawang/module-kit/host';
import App from '../App.vue';
import { hostReferenceMessages } from '../messages/index.js';
import { createPortalRouter, needsQueries } from '../router.js';
import { HOST_STATE } from '../shell/host-state.js';
import { lineageOf } from '../shell/lineage.js';
import { regionList, type RegionList, type RegionSummary } from '../shell/regions.js';
import { startModules, type ModuleRegistry, type ModuleSourcesOptions } from './modules.js';
import { localeLoader, type LocaleLoader } from './locales.js';
import { loadMessageCompiler, useMessageCompiler } from './message-compiler.js';
import { queryLayer, type QueryLayer } from './queries.js';

export function portalI18n() {
  // vue-i18n with the portal's compiler (precompiled messages; message-compiler.ts), and zh-CN only:
  // another language's strings are fetched when chosen (locales.ts).
  useMessageCompiler();
  const i18n = createFwReferenceI18n();
  i18n.global.mergeLocaleMessage('zh-CN', hostReferenceMessages as never);
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
  /** What a server-rendered page was rendered from (boot/server-state.ts). */
  server?: { queries: DehydratedState; regions: readonly RegionSummary[] };
}

export interface PortalApp {
  app: VueApp;
  router: Router;
  pinia: Pinia;
  queries: QueryLayer;
  regions: RegionList;
  locales: LocaleLoader;
  modules: ModuleRegistry;
}

export function createPortalApp(options: PortalAppOptions): PortalApp {
  const { profile } = options;
  const i18n = portalI18n();
  const locales = localeLoader(i18n);
  // The server's requests need an absolute URL; its in-process transport reads only the path.
  const serverFetch = options.fetch;
  const client = createFawangClient(
    serverFetch ? { baseUrl: 'http://portal.internal/api/v1', fetch: ((input: Request) => serverFetch(input)) as typeof fetch } : { baseUrl: '/api/v1' },
  );
  const pinia = createPinia();
  const bus = createEventBus();
  const regions = regionList(client, options.server?.regions);
  const router = createPortalRouter(profile, options.history, () =>
    regions.load().then(
      (list) => lineageOf(list, profile.id),
      () => [profile.id, ...(profile.parent ? [profile.parent] : [])],
    ),
  );
  const report = (error: unknown, moduleId: string) => console.error(`[fawang] module ${moduleId}:`, error);
  // A loaded module's messages may need the compiler; a summary's words come compiled by the server.
  const modules = startModules(
    profile,
    options.modules,
    router,
    async (slot) => {
      if ('definition' in slot) await loadMessageCompiler();
      addModuleMessages(i18n, 'definition' in slot ? slot.definition : slot);
    },
    report,
  );

  const app = options.ssr ? createSSRApp(App) : createApp(App);
  const queries = queryLayer(app, options.server?.queries);
  router.beforeEach(async (to) => {
    if (needsQueries(to)) await queries.ensure();
  });
  // Not createFawangUI: it would add the kit's strings in every language; they come with portalI18n (zh-CN)
  // and locales.ts (the others, when chosen), and the kit's defaults (teleports to <body>) are the portal's.
  app.use(pinia).use(fawangSdk({ client })).use(i18n);
  app.provide(HOST_CONTEXT_KEY, { region: profile, bus } satisfies HostContext);
  app.provide(HOST_STATE, { profile, slots: modules.slots, regions, queries, locales });
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
  return { app, router, pinia, queries, regions, locales, modules };
}
