import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineModule } from '../../define-module.js';
import { fakeApi, jsonResponse, listPage, mountModule, organizationSummary, settle, type FakeRoute } from '../../testing/index.js';
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
