import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { caseworkMessages } from '@fawang/module-kit/casework';
import { fakeApi, jsonResponse, listPage, mountModule, settle } from '@fawang/module-kit/testing';
import legalAid from '../index.js';
import { messages } from '../messages/index.js';
import { ID, lastQuery, summary } from './fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const casework = caseworkMessages['zh-CN'].casework;
const QUEUE = '/workbench/legal-aid/';
const EXPORT = 'http://fawang.test/api/v1/legal-aid/applications/export';

async function openQueue(query = '', items = [summary()]) {
  const api = fakeApi({ 'GET /legal-aid/applications': () => listPage(items) });
  const mounted = await mountModule(legalAid, { path: `${QUEUE}${query}`, fetch: api.fetch });
  await settle();
  return { ...mounted, api };
}

describe('legal-aid queue filters (受理队列筛选)', () => {
  it('takes the filters of a shared link into the request and the CSV link', async () => {
    const { wrapper, api, errors } = await openQueue('?status=under_review&matterType=civil&overdue=true&sort=oldest');
    expect(errors).toEqual([]);
    expect(lastQuery(api.calls, '/legal-aid/applications')).toEqual({ page: '1', pageSize: '10', status: 'under_review', matterType: 'civil', overdue: 'true', sort: 'createdAt' });
    const link = wrapper.get('a[data-testid="export-csv"]');
    expect(link.text()).toBe(zh.queue.export);
    expect(link.attributes()).toHaveProperty('download');
    const url = new URL(link.attributes('href')!);
    expect(`${url.origin}${url.pathname}`).toBe(EXPORT);
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'under_review', matterType: 'civil', overdue: 'true' });
  });

  it('puts the overdue filter into the URL, the request and the CSV link', async () => {
    const { wrapper, api, router } = await openQueue();
    expect(wrapper.get('a[data-testid="export-csv"]').attributes('href')).toBe(EXPORT);
    const box = wrapper.get('[data-testid="overdue-filter"] [role="checkbox"]');
    await box.trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ overdue: 'true' });
    expect(lastQuery(api.calls, '/legal-aid/applications')).toEqual({ page: '1', pageSize: '10', overdue: 'true' });
    expect(wrapper.get('a[data-testid="export-csv"]').attributes('href')).toBe(`${EXPORT}?overdue=true`);
  });

  it('ignores filter values it does not know', async () => {
    const { api } = await openQueue('?status=bogus&matterType=civil&overdue=yes');
    expect(lastQuery(api.calls, '/legal-aid/applications')).toEqual({ page: '1', pageSize: '10', matterType: 'civil' });
  });

  it('shows the statutory deadline and a worded overdue badge on overdue rows only', async () => {
    const late = summary({ dueAt: '2026-12-03T08:00:00Z', overdue: true });
    const onTime = summary({ id: '00000000-0000-4000-8000-000000000002', reference: 'FY-511100-20261124-0002', dueAt: '2099-12-03T08:00:00Z', overdue: false });
    const noClock = summary({ id: '00000000-0000-4000-8000-000000000003', reference: 'FY-511100-20261124-0003', status: 'assigned' });
    const { wrapper } = await openQueue('', [late, onTime, noClock]);
    expect(wrapper.findAll('th').map((th) => th.text())).toContain(zh.queue.dueAt);
    const rows = wrapper.findAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.find('[data-testid="overdue-badge"]').text()).toBe(casework.overdue);
    expect(rows[1]!.find('[data-testid="overdue-badge"]').exists()).toBe(false);
    expect(rows[1]!.text()).toContain('2099');
    expect(rows[2]!.find('[data-testid="overdue-badge"]').exists()).toBe(false);
    expect(rows[2]!.text()).toContain(zh.queue.noDue);
  });

  it('keeps the filters in the detail link so the way back restores the list', async () => {
    const { wrapper, router } = await openQueue('?overdue=true&sort=oldest');
    const href = wrapper.get('tbody a').attributes('href')!;
    expect(Object.fromEntries(new URL(href, 'http://x').searchParams)).toEqual({ overdue: 'true', sort: 'oldest', id: ID });
    await router.push(href);
    await settle();
    const back = wrapper.findAll('a').find((a) => a.text() === zh.workbench.queue.back)!;
    expect(Object.fromEntries(new URL(back.attributes('href')!, 'http://x').searchParams)).toEqual({ overdue: 'true', sort: 'oldest' });
  });

  it('says when nothing matches the filters, and shows an error state when the list fails', async () => {
    const empty = await openQueue('?status=objected', []);
    expect(empty.wrapper.text()).toContain(zh.queue.emptyFiltered);
    empty.wrapper.unmount();

    const api = fakeApi({ 'GET /legal-aid/applications': () => jsonResponse({ type: 'about:blank', title: 'Server error', status: 500, code: 'internal', detail: '服务暂时不可用' }, 500) });
    const { wrapper } = await mountModule(legalAid, { path: QUEUE, fetch: api.fetch });
    await settle();
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.text()).toContain('服务暂时不可用');
  });
});

describe('citizen application list (我的法律援助申请)', () => {
  it('links each reference to the citizen tracking page', async () => {
    const api = fakeApi({ 'GET /legal-aid/applications': () => listPage([summary()]) });
    const { wrapper, errors } = await mountModule(legalAid, { component: legalAid.account![0]!.component, fetch: api.fetch });
    await settle();
    expect(errors).toEqual([]);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/legal-aid/applications/${ID}`);
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain(zh.queue.dueAt);
  });
});
