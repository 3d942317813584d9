import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { ResolvedRegionProfile } from '@fawang/regions';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import { HOST_CONTEXT_KEY, useModuleContext } from '../../context.js';
import { defineModule } from '../../define-module.js';
import { createEventBus } from '../../events.js';
import type { ModuleSlot } from '../load.js';
import { addModuleKitMessages, addModuleMessages } from '../messages.js';
import { modulePublicRoute, moduleWorkbenchRoute } from '../routes.js';

enableAutoUnmount(afterEach);

/** A page that shows the context the outlet gave it. */
const ContextPage = defineComponent({
  setup() {
    const context = useModuleContext<{ directoryPageSize: number }>();
    return () => h('p', { class: 'context' }, `${context.moduleId} ${context.basePath} ${context.workbenchPath} ${context.config.directoryPageSize} ${context.region.id}`);
  },
});

const lawyers = defineModule({
  id: 'lawyers',
  title: 'title',
  icon: 'briefcase',
  routes: [
    { path: '', component: ContextPage },
    { path: 'firms/:id', component: async () => ({ default: { render: () => h('p', { class: 'firm' }, '律师事务所详情') } }) },
  ],
  workbench: [{ id: 'complaints', title: 'complaints', path: '/complaints', permission: 'handle', component: async () => ContextPage }],
  permissions: { handle: ['bureau_admin'] },
  messages: { 'zh-CN': { title: '律师服务', complaints: '投诉处理' } },
});

const reported: [unknown, string][] = [];

async function render(slot: ModuleSlot, path: string) {
  const i18n = createFwI18n('zh-CN');
  addModuleKitMessages(i18n);
  // The host names the built-in modules, so a module that failed to load still has a name.
  i18n.global.mergeLocaleMessage('zh-CN', { host: { modules: { lawyers: '律师服务' } } } as never);
  if (slot.status === 'ready') addModuleMessages(i18n, slot.definition);
  const onError = (error: unknown, moduleId: string) => reported.push([error, moduleId]);
  const workbench = moduleWorkbenchRoute(slot, onError);
  const router = createRouter({ history: createMemoryHistory(), routes: [modulePublicRoute(slot, onError), ...(workbench ? [workbench] : [])] });
  await router.push(path);
  const region = { id: 'leshan', parent: 'sichuan' } as ResolvedRegionProfile;
  const wrapper = mount(defineComponent({ render: () => h('div', [h('header', '乐山市公共法律服务网'), h(RouterView)]) }), {
    global: { plugins: [router, i18n, createFawangUI({ i18n })], provide: { [HOST_CONTEXT_KEY]: { region, bus: createEventBus() } } },
    attachTo: document.body,
  });
  // A lazy page arrives after a few ticks.
  for (let i = 0; i < 5; i += 1) await flushPromises();
  return { wrapper, router };
}

const ready: ModuleSlot = { id: 'lawyers', source: 'bundled', status: 'ready', definition: lawyers, config: { directoryPageSize: 20 } };

afterEach(() => {
  reported.length = 0;
});

describe('module routes', () => {
  it('gives a public page its module context under /<id>/', async () => {
    const { wrapper } = await render(ready, '/lawyers/');
    expect(wrapper.get('.context').text()).toBe('lawyers /lawyers /workbench/lawyers 20 leshan');
  });

  it('loads a lazy page of the module', async () => {
    const { wrapper } = await render(ready, '/lawyers/firms/42');
    await expect.poll(() => wrapper.find('.firm').exists()).toBe(true);
  });

  it('puts workbench views under /workbench/<id>/ with the roles of their permission', async () => {
    const { wrapper, router } = await render(ready, '/workbench/lawyers/complaints');
    expect(router.currentRoute.value.meta).toEqual({ moduleId: 'lawyers', workbench: true, roles: ['bureau_admin'] });
    await expect.poll(() => wrapper.find('.context').exists()).toBe(true);
  });

  it('shows a module that failed to load as an error state on every one of its paths, with retry', async () => {
    const failed: ModuleSlot = { id: 'lawyers', source: 'remote', status: 'error', reason: 'load', error: new Error('remote did not load') };
    const { wrapper } = await render(failed, '/lawyers/firms/42');
    expect(wrapper.get('[role="alert"] h2').text()).toBe('律师服务暂时无法使用');
    expect(wrapper.find('button').exists()).toBe(true);
  });

  it('offers no retry for a module whose region config is invalid', async () => {
    const misconfigured: ModuleSlot = { id: 'lawyers', source: 'bundled', status: 'error', reason: 'config', error: new Error('modules.lawyers.config.directoryPageSize') };
    const { wrapper } = await render(misconfigured, '/lawyers/');
    expect(wrapper.get('[role="alert"]').text()).toContain('配置有误');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('names a failed module the host does not know by its id', async () => {
    const unknown: ModuleSlot = { id: 'family-law', source: 'remote', status: 'error', reason: 'load', error: new Error('remote did not load') };
    const { wrapper } = await render(unknown, '/family-law/');
    expect(wrapper.get('[role="alert"] h2').text()).toBe('family-law暂时无法使用');
  });

  it('contains what a page throws to the module slot and reports it with the module id', async () => {
    const Broken = { render: () => { throw new Error('page bug'); } };
    const broken: ModuleSlot = { ...ready, definition: { ...lawyers, routes: [{ path: '', component: Broken }] } };
    const { wrapper } = await render(broken, '/lawyers/');
    expect(wrapper.get('[role="alert"] h2').text()).toBe('律师服务暂时无法使用');
    expect(wrapper.get('header').text()).toBe('乐山市公共法律服务网');
    expect(reported).toEqual([[new Error('page bug'), 'lawyers']]);
  });

  it('has no workbench route for a module without workbench views or one that failed', () => {
    const plain: ModuleSlot = { ...ready, definition: { ...lawyers, workbench: [] } };
    expect(moduleWorkbenchRoute(plain, () => undefined)).toBeUndefined();
    expect(moduleWorkbenchRoute({ id: 'lawyers', source: 'bundled', status: 'error', reason: 'missing', error: new Error('missing') }, () => undefined)).toBeUndefined();
  });
});
