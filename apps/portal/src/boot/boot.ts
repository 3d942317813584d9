/**
 * Starts the portal in the browser for the region named by the URL: profile → the app (app.ts) → mount.
 * A page the server rendered (entry-server.ts) is hydrated: the app takes the server's query results and
 * module summaries and loads the code of the page's own module, so it takes over the markup as it is. A
 * region that does not exist, or a profile that cannot be loaded, gets a small page that says so instead
 * of a blank screen.
 */
import { createApp, type Component } from 'vue';
import { createWebHistory } from 'vue-router';
import { usePreferencesStore, useSessionStore } from '@fawang/sdk/core';
import { applyRegionTheme } from '@fawang/ui';
import { federatedLoader } from '@fawang/module-kit/host';
import { bundledModules } from 'virtual:fawang/modules';
import { interceptPortalLinks } from '../shell/links.js';
import { sessionReady } from '../shell/session.js';
import { createPortalApp, portalI18n } from './app.js';
import BootFailure from './BootFailure.vue';
import { loadProfile, regionIdFromPath } from './profile.js';
import { readServerState } from './server-state.js';
import { sharedLibraries } from './shared.js';

function mountFailure(el: HTMLElement, props: Record<string, unknown>) {
  const i18n = portalI18n();
  createApp(BootFailure as Component, props).use(i18n).mount(el);
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

  const serverState = readServerState(document);
  const { app, router, pinia, locales } = createPortalApp({
    profile,
    history: createWebHistory(`/${profile.id}/`),
    modules: { bundled: bundledModules, loadRemote: federatedLoader(sharedLibraries), ...(serverState ? { summaries: serverState.modules, resolvedConfigs: serverState.configs } : {}) },
    ssr: serverState !== undefined,
    ...(serverState ? { server: { queries: serverState.queries, regions: serverState.regions } } : {}),
  });
  // Neither the modules nor /auth/me hold up the first paint; protected pages wait for the session in the
  // guard. A server-rendered page is an anonymous visitor's: it is hydrated as such, then the session applies.
  const session = useSessionStore(pinia);
  if (!serverState) void sessionReady(session);
  // A page in another language than zh-CN waits for its strings (the server rendered it in that language);
  // if they cannot be fetched it shows in Chinese.
  await locales.load(usePreferencesStore(pinia).preferences.locale).catch(() => undefined);
  // On a server-rendered page the first navigation loads the code of the module whose page it is (and no other).
  await router.isReady();
  interceptPortalLinks(el, router, profile.id);
  app.mount(el);
  // Vue marks the container of a mounted app but not of a hydrated one; either way the app has taken over.
  el.setAttribute('data-v-app', '');
  if (serverState) void sessionReady(session);
}
