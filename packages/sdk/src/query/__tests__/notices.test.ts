// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { mountWith } from './mount-hooks.js';
import { useMarkAllNoticesRead, useMarkNoticeRead, useMyNotices, useUnreadNoticeCount } from '../composables.js';
import { fawangKeys } from '../keys.js';

const NOTICE = {
  id: '00000000-0000-4000-8000-0000000000a1',
  module: 'mediation',
  caseId: '00000000-0000-4000-8000-0000000000c1',
  reference: 'TJ-110101-20261207-0A1B2C3D',
  kind: 'session_scheduled',
  status: 'in_mediation',
  action: 'schedule',
  at: '2026-12-07T02:00:00.000Z',
  startsAt: '2026-12-10T01:00:00.000Z',
};


describe('notices (我的消息)', () => {
  it('lists a page of the inbox with its unread count, asking for the unread ones when told', async () => {
    const { server, result } = mountWith(() => useMyNotices({ page: 1, unread: 'true' }), {
      'GET /api/v1/notices': () => ({ status: 200, body: { items: [NOTICE], page: 1, pageSize: 20, total: 1, unread: 1 } }),
    });
    await flushPromises();
    expect(result().data.value).toMatchObject({ items: [NOTICE], unread: 1 });
    expect(server.requests[0]!.url.searchParams.get('unread')).toBe('true');
  });

  it('reads the unread count, and not while disabled', async () => {
    const disabled = mountWith(() => useUnreadNoticeCount({ enabled: false }), {});
    await flushPromises();
    expect(disabled.server.requests).toHaveLength(0);
    const { result } = mountWith(() => useUnreadNoticeCount(), { 'GET /api/v1/notices/unread-count': () => ({ status: 200, body: { unread: 3 } }) });
    await flushPromises();
    expect(result().data.value).toEqual({ unread: 3 });
  });

  it('marking one or all read invalidates the inbox and the count', async () => {
    const { server, queryClient, result } = mountWith(() => ({ one: useMarkNoticeRead(), all: useMarkAllNoticesRead() }), {
      [`POST /api/v1/notices/${NOTICE.id}/read`]: () => ({ status: 200, body: { unread: 2 } }),
      'POST /api/v1/notices/read-all': () => ({ status: 200, body: { unread: 0 } }),
    });
    queryClient.setQueryData(fawangKeys.notices.unread, { unread: 3 });
    queryClient.setQueryData(fawangKeys.notices.list({}), { items: [], page: 1, pageSize: 20, total: 0, unread: 3 });
    expect(await result().one.mutateAsync(NOTICE.id)).toEqual({ unread: 2 });
    expect(server.requests[0]!.url.pathname).toBe(`/api/v1/notices/${NOTICE.id}/read`);
    expect(queryClient.getQueryState(fawangKeys.notices.unread)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(fawangKeys.notices.list({}))?.isInvalidated).toBe(true);
    expect(await result().all.mutateAsync()).toEqual({ unread: 0 });
  });
});
