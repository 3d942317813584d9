/**
 * The host's own routes under /<region>/ (the router's base); modules add theirs as they load
 * (boot/modules.ts). Workbench views need a signed-in user with the view's roles; 我的 needs a signed-in
 * user; both send a visitor to 登录 and back.
 */
import { createRouter, type RouteLocationNormalized, type Router, type RouterHistory } from 'vue-router';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { useSessionStore } from '@fawang/sdk/core';
import { canAccess, type ModuleRouteMeta } from '@fawang/module-kit/host';
import { sessionReady } from './shell/session.js';
import NotFoundPage from './pages/NotFoundPage.vue';

/**
 * Whether a page reads the API through vue-query, which the app installs only when a page needs it
 * (boot/queries.ts): every page but the host's few marked `withoutQueries`, which read only the profile.
 */
export function needsQueries(route: Pick<RouteLocationNormalized, 'meta'>): boolean {
  return !(route.meta as { withoutQueries?: boolean }).withoutQueries;
}

/** A page anyone may see (no sign-in, not a workbench view): the server renders these (entry-server.ts). */
export function isPublic(route: Pick<RouteLocationNormalized, 'meta'>): boolean {
  const meta = route.meta as Partial<ModuleRouteMeta> & { requiresAuth?: boolean };
  return !meta.requiresAuth && !meta.workbench;
}

/**
 * `lineage` answers the region and the regions above it: a provincial officer may work on a city's portal.
 * `history` is the browser's under `/<region>/`, or a memory history when the server renders a page.
 */
export function createPortalRouter(profile: ResolvedRegionProfile, history: RouterHistory, lineage: () => Promise<string[]>): Router {
  const router = createRouter({
    history,
    routes: [
      // Every page is its own chunk: the first paint (index.html) covers the wait, the entry stays small.
      { path: '/', name: 'home', component: () => import('./pages/HomePage.vue'), meta: { withoutQueries: true } },
      { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { withoutQueries: true } },
      { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue'), meta: { withoutQueries: true } },
      // allModules: these pages list every module's sections, so modules known by their summary load first (boot/modules.ts).
      { path: '/my', name: 'account', component: () => import('./pages/AccountPage.vue'), meta: { requiresAuth: true, allModules: true } },
      { path: '/workbench', name: 'workbench', component: () => import('./pages/WorkbenchPage.vue'), meta: { requiresAuth: true, allModules: true } },
      { path: '/forbidden', name: 'forbidden', component: NotFoundPage, props: { kind: 'forbidden' }, meta: { withoutQueries: true } },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage, meta: { withoutQueries: true } },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });

  router.beforeEach(async (to) => {
    if (isPublic(to)) return true;
    const meta = to.meta as Partial<ModuleRouteMeta>;
    const session = useSessionStore();
    await sessionReady(session);
    if (!session.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } };
    if (meta.workbench && !canAccess(session.user, meta.roles ?? [], { ...profile, lineage: await lineage() })) return { name: 'forbidden' };
    return true;
  });

  // Move focus to the new page's main content, so keyboard and screen-reader users start there (not on the
  // first page: a fresh load starts at the top, with the skip link first).
  router.afterEach((to, from) => {
    if (from.matched.length === 0 || to.path === from.path || typeof document === 'undefined') return;
    requestAnimationFrame(() => document.getElementById('main')?.focus({ preventScroll: true }));
  });
  return router;
}
