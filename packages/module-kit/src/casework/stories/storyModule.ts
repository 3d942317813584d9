/**
 * What the casework stories share: a small case module (a workflow, its words and look), a decorator that
 * renders a story inside it — the module context, its messages under `module.family-law` in the preview's
 * vue-i18n, a memory router, pinia for the SDK's stores — and fake queries and transitions. Stories are Component Story Format objects
 * typed locally, so the kit needs no Storybook dependency; a Storybook whose `stories` globs include
 * `packages/module-kit/src/**\/*.stories.ts` (with the design system's preview: i18n and the UI plugin) shows them.
 */
import { defineComponent, getCurrentInstance, h, provide, ref, type App, type Component } from 'vue';
import { useI18n } from 'vue-i18n';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createFawangClient, fawangSdk } from '@fawang/sdk';
import { createEventBus } from '../../events.js';
import { MODULE_CONTEXT_KEY } from '../../context.js';
import { defineCaseUi, defineCaseWords } from '../caseWords.js';

/** A Component Story Format file's default export, as far as these stories use it. */
export interface StoryMeta {
  title: string;
  component: Component;
  tags?: string[];
  decorators?: ((story: () => Component) => Component)[];
  args?: Record<string, unknown>;
}
export interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => Component | object;
}

const spec = {
  states: ['open', 'refused', 'closed', 'rated'],
  actions: {
    review: { from: ['open'], actors: ['officer'] },
    refuse: { from: ['open'], actors: ['officer'], requires: ['reason'] },
    close: { from: ['open'], actors: ['officer'], requires: ['outcome'] },
  },
} as const;
export const storyWorkflow = {
  spec,
  actionsFor: (state: (typeof spec.states)[number], actor: string) =>
    (Object.keys(spec.actions) as (keyof typeof spec.actions)[]).filter((name) => (spec.actions[name].from as readonly string[]).includes(state) && (spec.actions[name].actors as readonly string[]).includes(actor)),
};
export const storyUi = defineCaseUi(storyWorkflow, { tones: { refused: 'danger', closed: 'neutral', rated: 'success' }, variants: { refuse: 'danger', close: 'primary' } });

const words = {
  statuses: { open: '办理中', refused: '不予办理', closed: '已办结', rated: '已评价' },
  actions: {
    names: { review: '开始审查', refuse: '不予办理', close: '办结' },
    heading: '办理',
    none: '当前状态下没有可办理的操作。',
    confirm: '确认',
    cancel: '取消',
    dialogDescription: '案件 {reference}',
    done: '已办理：{action}',
    conflict: '案件已有变化，已刷新为最新情况。',
    failed: '办理失败：{message}',
  },
};
export const storyMessages = defineCaseWords(storyWorkflow, { 'zh-CN': { title: '家事法律服务', ...words }, en: { title: 'Family law', ...words } });

const installed = new WeakSet<App>();

/** Renders the story inside the story module (context, messages, a router at `/family-law/`). */
/** Answers every story request as a success with an empty body: no story depends on what comes back. */
async function storyApi(): Promise<Response> {
  return new Response(JSON.stringify({}), { status: 201, headers: { 'content-type': 'application/json' } });
}

export function withCaseModule(story: () => Component): Component {
  return defineComponent({
    setup() {
      const app = getCurrentInstance()!.appContext.app;
      if (!installed.has(app)) {
        installed.add(app);
        const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:rest(.*)*', component: { render: () => null } }] });
        app.use(router);
        // The session store (who is signed in: the filing frame asks) lives in pinia.
        if (!app.config.globalProperties.$pinia) app.use(createPinia());
        // The rating form posts through the SDK: a stand-in API that accepts it, so a story never calls out.
        app.use(VueQueryPlugin, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) });
        app.use(fawangSdk({ client: createFawangClient({ baseUrl: '/api/v1', fetch: storyApi }) }));
        void router.push('/family-law/');
      }
      const i18n = useI18n({ useScope: 'global' });
      for (const locale of ['zh-CN', 'en'] as const) i18n.mergeLocaleMessage(locale, { module: { 'family-law': storyMessages[locale] } });
      provide(MODULE_CONTEXT_KEY, { moduleId: 'family-law', config: {}, basePath: '/family-law', workbenchPath: '/workbench/family-law', region: {}, bus: createEventBus() });
      return () => h(story());
    },
  });
}

/** A vue-query result with the data already there. */
export function loadedQuery<Data>(data: Data) {
  return { data: ref(data), error: ref<unknown>(null), isLoading: ref(false), isFetching: ref(false), isError: ref(false), isPending: ref(false), refetch: () => undefined };
}

/** A transition that answers after a short wait with the case one version on. */
export function storyTransition() {
  const isPending = ref(false);
  const variables = ref<{ id: string; body: { action: string; version: number } } | undefined>(undefined);
  return {
    isPending,
    variables,
    mutateAsync: async (request: { id: string; body: { action: string; version: number } }) => {
      variables.value = request;
      isPending.value = true;
      await new Promise((resolve) => setTimeout(resolve, 600));
      isPending.value = false;
      return { id: request.id, version: request.body.version + 1 };
    },
  };
}
