/**
 * Mounts a module in a minimal host — router, pinia, vue-query, the SDK client, the design system and
 * i18n, the host context — so a module's tests exercise it the way the portal runs it, without the
 * portal. The API is whatever `fetch` answers (see fakeApi).
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createPinia } from 'pinia';
import { defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordRaw, type Router } from 'vue-router';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { createFawangClient, fawangSdk } from '@fawang/sdk';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import { HOST_CONTEXT_KEY, type HostContext } from '../context.js';
import { createEventBus, type EventBus } from '../events.js';
import { addModuleKitMessages, addModuleMessages } from '../host/messages.js';
import { modulePublicRoute, moduleWorkbenchRoute } from '../host/routes.js';
import { configSchemaOf } from '../config-schema.js';
import type { LazyComponent, ModuleDefinition } from '../types.js';

export interface MountModuleOptions {
  /** The region the host serves; only the fields the module reads need to be real. */
  region?: Partial<ResolvedRegionProfile>;
  /** The module's `modules.<id>.config` as a region profile gives it; checked with its configSchema, defaults applied, as the host does. */
  config?: Record<string, unknown>;
  /** Router path (relative to /<region>/), e.g. '/lawyers/'. Defaults to the module's landing page. */
  path?: string;
  /** Answers the SDK's requests (fakeApi(...).fetch). */
  fetch?: (request: Request) => Promise<Response>;
  locale?: 'zh-CN' | 'en';
  /**
   * Renders this component (an account section, say) as the module's page instead of its routes, in the
   * same frame a route gets: module context, messages, error boundary.
   */
  component?: Component | LazyComponent;
}

export interface MountedModule {
  wrapper: VueWrapper;
  router: Router;
  bus: EventBus;
  /** Errors the module's boundary caught. */
  errors: unknown[];
}

const DEFAULT_REGION = { id: 'leshan', name: '乐山市', level: 'city', parent: 'sichuan', divisionCode: '511100', locales: ['zh-CN', 'en'] } as const;

function isLazy(component: unknown): component is LazyComponent {
  return typeof component === 'function' && component.length === 0;
}

function lazyPages(definition: ModuleDefinition): LazyComponent[] {
  const routeComponents = (routes: readonly RouteRecordRaw[]): unknown[] => routes.flatMap((route) => [route.component, ...routeComponents(route.children ?? [])]);
  return [...routeComponents(definition.routes), ...(definition.workbench ?? []).map((view) => view.component), ...(definition.account ?? []).map((section) => section.component)].filter(isLazy);
}

async function validConfig(definition: ModuleDefinition, raw: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (!definition.configSchema) return raw;
  const parsed = (await configSchemaOf(definition.configSchema)).safeParse(raw);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((issue) => `modules.${definition.id}.config.${issue.path.map(String).join('.')}: ${issue.message}`).join('; ');
  throw new Error(`mountModule: the module rejects this config: ${detail}`);
}

export async function mountModule(definition: ModuleDefinition, options: MountModuleOptions = {}): Promise<MountedModule> {
  const region = { ...DEFAULT_REGION, ...options.region } as ResolvedRegionProfile;
  const bus = createEventBus();
  const errors: unknown[] = [];
  const routes = options.component ? [{ path: '', component: options.component }] : definition.routes;
  const slot = { id: definition.id, source: 'bundled' as const, status: 'ready' as const, definition: { ...definition, routes } as ModuleDefinition, config: await validConfig(definition, options.config ?? {}) };
  const onError = (error: unknown) => errors.push(error);
  const workbench = moduleWorkbenchRoute(slot, onError);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [modulePublicRoute(slot, onError), ...(workbench ? [workbench] : []), { path: '/:rest(.*)*', component: { render: () => h('p', 'not found') } }],
  });
  const i18n = createFwI18n(options.locale ?? 'zh-CN');
  addModuleKitMessages(i18n);
  addModuleMessages(i18n, definition);
  const client = createFawangClient({
    baseUrl: 'http://fawang.test/api/v1',
    // The SDK calls fetch with one Request; fakeApi answers exactly that.
    fetch: (options.fetch ?? (async () => new Response(JSON.stringify({ title: 'no fetch given', status: 500 }), { status: 500 }))) as typeof globalThis.fetch,
  });
  const host: HostContext = { region, bus };
  // Fetch the code of the module's lazy pages first: a dev server transforms a page on its first import,
  // which takes longer than a test should guess; once loaded, the page renders within a few ticks. A page
  // whose code fails is left to fail when it renders, caught by the boundary like in the portal.
  await Promise.allSettled(lazyPages(slot.definition).map((load) => load()));
  await router.push(options.path ?? `/${definition.id}/`);
  await router.isReady();
  const Root = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(Root, {
    global: {
      plugins: [
        router,
        createPinia(),
        [VueQueryPlugin, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) }],
        fawangSdk({ client }),
        i18n,
        createFawangUI({ i18n }),
      ],
      provide: { [HOST_CONTEXT_KEY]: host },
    },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, bus, errors };
}

/** Waits for pending requests and lazy pages (a few rounds: a page loads, then fetches). */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
