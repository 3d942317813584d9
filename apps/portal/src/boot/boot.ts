/**
 * Starts the portal for the region named by the URL: profile → i18n, API client, stores, event bus →
 * modules → router → mount. A region that does not exist, or a profile that cannot be loaded, gets a
 * small page that says so instead of a blank screen.
 */
import { createApp, type Component } from 'vue';
import { createPinia } from 'pinia';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createFawangClient, fawangSdk, useSessionStore } from '@fawang/sdk';
import { applyRegionTheme, createFawangUI, createFwI18n } from '@fawang/ui';
import { createEventBus } from '@fawang/module-kit';
import { addModuleKitMessages, addModuleMessages, HOST_CONTEXT_KEY, type HostContext } from '@fawang/module-kit/host';
import { bundledModules } from 'virtual:fawang/modules';
import App from '../App.vue';
import { hostMessages } from '../messages.js';
import { createPortalRouter } from '../router.js';
import { HOST_STATE } from '../shell/host-state.js';
import { lineageOf } from '../shell/lineage.js';
import { interceptPortalLinks } from '../shell/links.js';
import { sessionReady } from '../shell/session.js';
import BootFailure from './BootFailure.vue';
import { startModules } from './modules.js';
import { loadProfile, regionIdFromPath } from './profile.js';

function portalI18n() {
  const i18n = createFwI18n('zh-CN');
  for (const [locale, messages] of Object.entries(hostMessages)) i18n.global.mergeLocaleMessage(locale, messages as never);
  addModuleKitMessages(i18n);
  return i18n;
}

function mountFailure(el: HTMLElement, props: Record<string, unknown>) {
  const i18n = portalI18n();
  createApp(BootFailure as Component, props).use(i18n).use(createFawangUI({ i18n })).mount(el);
}

export async function boot(el: HTMLElement): Promise<void> {
  const regionId = regionIdFromPath(window.location.pathname);
  const result = await loadProfile(regionId);
  if (result.status !== 'ok') {
    document.title = '公共法律服务网';
    mountFailure(el, result.status === 'not-found' ? { kind: 'not-found', regionId } : { kind: 'error', detail: result.message });
    return;
  }
  const profile = result.profile;
  document.title = profile.branding.siteName;
  applyRegionTheme(document.documentElement, { ...(profile.branding.brandColor ? { brandColor: profile.branding.brandColor } : {}) });

  const i18n = portalI18n();
  const client = createFawangClient({ baseUrl: '/api/v1' });
  const pinia = createPinia();
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } });
  const bus = createEventBus();
  // Asked once, when a staff page first needs it (the header's region switcher asks through vue-query).
  let lineage: Promise<string[]> | undefined;
  const router = createPortalRouter(profile, () =>
    (lineage ??= client.listRegions().then(
      (regions) => lineageOf(regions, profile.id),
      () => [profile.id, ...(profile.parent ? [profile.parent] : [])],
    )),
  );
  const report = (error: unknown, moduleId: string) => console.error(`[fawang] module ${moduleId}:`, error);
  const modules = startModules(profile, bundledModules, router, (slot) => addModuleMessages(i18n, slot.definition), report);

  const app = createApp(App);
  app.use(pinia).use(fawangSdk({ client })).use(VueQueryPlugin, { queryClient }).use(i18n).use(createFawangUI({ i18n }));
  app.provide(HOST_CONTEXT_KEY, { region: profile, bus } satisfies HostContext);
  app.provide(HOST_STATE, { profile, slots: modules.slots });
  app.config.errorHandler = (error, _instance, info) => console.error('[fawang]', info, error);

  const session = useSessionStore(pinia);
  let lastUser: string | null = null;
  session.$subscribe(() => {
    const userId = session.user?.id ?? null;
    if (userId !== lastUser) bus.emit('session.changed', { userId });
    lastUser = userId;
  });
  // Neither the modules nor /auth/me hold up the first paint; protected pages wait for the session in the guard.
  void sessionReady(session);
  app.use(router);
  await router.isReady();
  interceptPortalLinks(el, router, profile.id);
  app.mount(el);
}
