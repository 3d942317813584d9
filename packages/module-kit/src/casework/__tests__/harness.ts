/** Mounts casework pieces inside a minimal case module, the way a module page renders them. */
import type { Component } from 'vue';
import { defineModule } from '../../define-module.js';
import { fakeApi, mountModule, settle, type FakeRoute, type MountModuleOptions } from '../../testing/index.js';

export const caseModule = defineModule({
  id: 'family-law',
  title: 'title',
  icon: 'scale',
  routes: [{ path: '', component: { render: () => null } }],
  messages: {
    'zh-CN': { title: '家事法律服务', actions: { names: { decline: '不予受理' }, dialogDescription: '调解案件 {reference}', confirm: '确认', cancel: '取消' } },
    en: { title: 'Family law', actions: { names: { decline: 'Decline' }, dialogDescription: 'Case {reference}', confirm: 'Confirm', cancel: 'Cancel' } },
  },
});

export async function mountCasework(component: Component, options: { routes?: Record<string, FakeRoute>; locale?: MountModuleOptions['locale'] } = {}) {
  const api = fakeApi(options.routes ?? {});
  const mounted = await mountModule(caseModule, { component, fetch: api.fetch, ...(options.locale ? { locale: options.locale } : {}) });
  await settle();
  return { ...mounted, api };
}
