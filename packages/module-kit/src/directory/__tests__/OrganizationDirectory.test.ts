import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { defineModule } from '../../define-module.js';
import { fakeApi, jsonResponse, listPage, mountModule, organizationSummary, settle, type FakeRoute } from '../../testing/index.js';
import OrganizationDirectory from '../OrganizationDirectory.vue';
import { directoryPage } from '../lazy.js';

enableAutoUnmount(afterEach);

/** A module whose id contains "-", as legal-aid does: its messages live under `module.family-law`. */
const familyLaw = defineModule({
  id: 'family-law',
  title: 'title',
  icon: 'scale',
  routes: [{ path: '', component: directoryPage, props: { type: 'law_firm' } }],
  messages: {
    'zh-CN': { title: '家事法律服务', directory: { title: '家事律师事务所', intro: '办理婚姻家庭案件的律师事务所。', caption: '家事律师事务所名录' } },
    en: { title: 'Family law', directory: { title: 'Family law firms', intro: 'Firms handling family cases.', caption: 'Family law firms' } },
  },
});

const firms = [organizationSummary({ name: '【示例数据】四川嘉州律师事务所', phone: '0833-2123456' }), organizationSummary({ name: '【示例数据】乐山凌云律师事务所' })];

/** Query parameters of a recorded call such as 'GET /organizations?type=law_firm&…'. */
const params = (call: string | undefined) => Object.fromEntries(new URLSearchParams(call?.split('?')[1]));

async function openDirectory(options: Parameters<typeof mountModule>[1] & { organizations?: FakeRoute } = {}) {
  const { organizations = () => listPage(firms, { total: 2 }), ...mountOptions } = options;
  const api = fakeApi({ 'GET /organizations': organizations });
  const mounted = await mountModule(familyLaw, { ...mountOptions, fetch: api.fetch });
  await settle();
  return { ...mounted, api };
}

describe('OrganizationDirectory in a module page', () => {
  it('shows the module heading from its messages and a row per organization', async () => {
    const { wrapper, errors } = await openDirectory();
    expect(wrapper.get('h1').text()).toBe('家事律师事务所');
    expect(wrapper.get('caption').text()).toBe('家事律师事务所名录');
    expect(wrapper.findAll('tbody tr').map((row) => row.find('td').text())).toEqual(['【示例数据】四川嘉州律师事务所', '【示例数据】乐山凌云律师事务所']);
    expect(wrapper.get('a[href^="tel:"]').text()).toBe('0833-2123456');
    expect(errors).toEqual([]);
  });

  it('uses the module messages of the visitor locale', async () => {
    const { wrapper } = await openDirectory({ locale: 'en' });
    expect(wrapper.get('h1').text()).toBe('Family law firms');
  });

  it('asks for the organization type within the region division, with the configured page size', async () => {
    const { api } = await openDirectory({ region: { id: 'sichuan', divisionCode: '510000' }, config: { directoryPageSize: 20 } });
    expect(api.calls).toHaveLength(1);
    expect(params(api.calls[0])).toEqual({ type: 'law_firm', divisionCode: '510000', page: '1', pageSize: '20', sort: 'name' });
  });

  it('lists the whole country on the national portal', async () => {
    const { api } = await openDirectory({ region: { id: 'national', level: 'national', parent: undefined, divisionCode: undefined } });
    expect(params(api.calls[0])).not.toHaveProperty('divisionCode');
  });

  it('sends the search words as q, from the first page', async () => {
    const { wrapper, api } = await openDirectory();
    await wrapper.get('input[type="search"]').setValue('  嘉州 ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ type: 'law_firm', q: '嘉州', page: '1' });
  });

  it('shows an error state when the API fails', async () => {
    const unavailable = () => jsonResponse({ type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'unavailable', detail: '目录服务暂时不可用' }, 503);
    const { wrapper } = await openDirectory({ organizations: unavailable });
    expect(wrapper.get('[role="alert"]').text()).toContain('目录服务暂时不可用');
    expect(wrapper.find('table').exists()).toBe(false);
  });
});

describe('OrganizationDirectory with module filters and columns', () => {
  /** A page that narrows the list to township committees at the press of its own filter button. */
  const FilteredPage = defineComponent(() => {
    const kind = ref<'township' | undefined>(undefined);
    return () =>
      h(
        OrganizationDirectory,
        {
          type: 'mediation_committee',
          caption: '人民调解委员会名录',
          filters: kind.value ? { mediationKind: kind.value } : {},
          extraColumns: [{ key: 'mediation', title: '类别' }],
        },
        {
          filters: () => h('button', { type: 'button', class: 'only-townships', onClick: () => (kind.value = 'township') }, '只看乡镇'),
          'cell-mediation': ({ row }: { row: { mediation?: { kind: string } } }) => h('span', { class: 'kind' }, row.mediation?.kind ?? '—'),
        },
      );
  });

  it('sends the module filters, starts again from page 1 when they change, and fills extra columns from slots', async () => {
    const committee = organizationSummary({ type: 'mediation_committee', name: '【示例数据】通江镇人民调解委员会', mediation: { kind: 'township' } });
    const api = fakeApi({ 'GET /organizations': () => listPage([committee], { total: 30 }) });
    const { wrapper } = await mountModule(familyLaw, { fetch: api.fetch, component: FilteredPage });
    await settle();
    expect(wrapper.findAll('th').map((th) => th.text())).toContain('类别');
    expect(wrapper.get('.kind').text()).toBe('township');
    await wrapper.get('nav button[aria-label*="2"], nav a[aria-label*="2"]').trigger('click');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ page: '2' });
    await wrapper.get('.only-townships').trigger('click');
    await settle();
    expect(params(api.calls.at(-1))).toMatchObject({ type: 'mediation_committee', mediationKind: 'township', page: '1' });
  });
});
