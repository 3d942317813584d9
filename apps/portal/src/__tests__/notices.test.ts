import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createFawangClient, fawangSdk } from '@fawang/sdk';
import { createFawangUI, createFwI18n } from '@fawang/ui';
import type { ModuleDefinition } from '@fawang/module-kit';
import type { HostSlot } from '../boot/modules.js';
import { hostReferenceMessages } from '../messages/index.js';
import NoticeInbox from '../pages/NoticeInbox.vue';
import { HOST_STATE } from '../shell/host-state.js';

const CASE_ID = '00000000-0000-4000-8000-0000000000c1';
const NOTICES = [
  { id: 'n1', module: 'mediation', caseId: CASE_ID, reference: 'TJ-110101-20261207-0A1B2C3D', kind: 'session_scheduled', status: 'in_mediation', action: 'schedule', at: '2026-12-07T02:00:00.000Z', startsAt: '2026-12-10T01:00:00.000Z' },
  { id: 'n2', module: 'mediation', caseId: CASE_ID, reference: 'TJ-110101-20261207-0A1B2C3D', kind: 'judicial_confirmation_due', status: 'agreed', action: 'record_agreement', at: '2026-12-06T02:00:00.000Z', dueBy: '2027-01-05', readAt: '2026-12-06T03:00:00.000Z' },
  { id: 'n3', module: 'legal-aid', caseId: CASE_ID, reference: 'FY-511100-20261201-00000001', kind: 'material_requested', status: 'needs_material', action: 'request_material', at: '2026-12-05T02:00:00.000Z' },
];

/** The inbox on a fake API: a page of notices; marking reads answers the count and is recorded. */
async function mountInbox() {
  const requests: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    requests.push(`${request.method} ${path}`);
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (request.method === 'GET' && path === '/api/v1/notices') return json({ items: NOTICES, page: 1, pageSize: 20, total: 3, unread: 2 });
    if (request.method === 'POST') return json({ unread: 0 });
    return new Response('no route', { status: 599 });
  };
  const client = createFawangClient({ baseUrl: 'http://portal.test/api/v1', fetch });
  const i18n = createFwI18n('zh-CN');
  i18n.global.mergeLocaleMessage('zh-CN', hostReferenceMessages as never);
  const page = { render: () => null };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/my', component: page },
      { path: '/mediation/cases/:id', name: 'mediation:case', component: page },
    ],
  });
  await router.push('/my');
  // Mediation names its case page; legal aid is not on this portal, so its notice has no link.
  const mediation = { id: 'mediation', caseRoute: 'mediation:case' } as unknown as ModuleDefinition;
  const slots: HostSlot[] = [{ id: 'mediation', source: 'bundled', status: 'ready', definition: mediation, config: {} }];
  const wrapper = mount(NoticeInbox, {
    global: {
      plugins: [router, i18n, createFawangUI({ i18n }), [VueQueryPlugin, { queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) }], fawangSdk({ client })],
      provide: { [HOST_STATE as symbol]: { profile: {}, slots } },
    },
  });
  await flushPromises();
  return { wrapper, requests };
}

describe('我的消息', () => {
  it('words each notice from its kind, in Beijing time, marks the unread ones and links the case where the module names its page', async () => {
    const { wrapper } = await mountInbox();
    expect(wrapper.find('h2').text()).toContain('我的消息');
    expect(wrapper.find('h2').text()).toContain('2 条未读');
    const [session, reminder, material] = wrapper.findAll('li');
    expect(session!.text()).toContain('已为您安排调解会议');
    expect(session!.text()).toContain('09:00');
    expect(session!.text()).toContain('未读');
    expect(session!.find('a').attributes('href')).toBe(`/mediation/cases/${CASE_ID}`);
    expect(reminder!.text()).toContain('2027年1月5日');
    expect(reminder!.text()).not.toContain('未读');
    expect(material!.text()).toContain('请您补充材料');
    expect(material!.find('a').exists()).toBe(false);
    expect(material!.text()).toContain('FY-511100-20261201-00000001');
  });

  it('marks one notice read, or all of them', async () => {
    const { wrapper, requests } = await mountInbox();
    await wrapper.find('li button[aria-label*="TJ-110101"]').trigger('click');
    await flushPromises();
    expect(requests).toContain('POST /api/v1/notices/n1/read');
    const all = wrapper.findAll('button').find((b) => b.text() === '全部标为已读');
    await all!.trigger('click');
    await flushPromises();
    expect(requests).toContain('POST /api/v1/notices/read-all');
  });
});
