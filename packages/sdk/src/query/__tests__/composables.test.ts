// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { mountWith } from './mount-hooks.js';
import { VALIDATION_PROBLEM } from '../../client/__tests__/fake-server.js';
import {
  useCreateLegalAidApplication,
  useMyPreferences,
  usePractitioner,
  usePractitioners,
  useRegionProfile,
  useTransitionLegalAidApplication,
  useUpdatePreferences,
} from '../composables.js';
import { compactParams } from '../composables.js';
import { fawangKeys } from '../keys.js';

function practitionersPage(url: URL) {
  return { items: [{ name: url.searchParams.get('q') ?? 'all' }], page: Number(url.searchParams.get('page') ?? 1), pageSize: 20, total: 1 };
}


describe('query keys', () => {
  it('nest so that invalidating a resource covers its lists and details', () => {
    expect(fawangKeys.practitioners.list({ q: '张' })).toEqual(['fawang', 'practitioners', 'list', { q: '张' }]);
    expect(fawangKeys.practitioners.detail('id-1').slice(0, 2)).toEqual(fawangKeys.practitioners.all);
  });
  it('compactParams drops empty filters', () => {
    expect(compactParams({ q: '', regionId: 'leshan', type: undefined })).toEqual({ regionId: 'leshan' });
  });
});

describe('usePractitioners', () => {
  it('accepts a ref and refetches when it changes', async () => {
    const params = ref({ q: '王', page: 1 });
    const { server, result } = mountWith(() => usePractitioners(params), {
      'GET /api/v1/practitioners': (r) => ({ status: 200, body: practitionersPage(r.url) }),
    });
    await flushPromises();
    expect(result().data.value?.items).toEqual([{ name: '王' }]);
    params.value = { q: '李', page: 2 };
    await nextTick();
    await flushPromises();
    expect(result().data.value?.items).toEqual([{ name: '李' }]);
    expect(server.requests.map((r) => r.url.search)).toEqual(['?q=%E7%8E%8B&page=1', '?q=%E6%9D%8E&page=2']);
  });

  it('accepts a getter', async () => {
    const region = ref('leshan');
    const { server } = mountWith(() => usePractitioners(() => ({ regionId: region.value, q: '' })), {
      'GET /api/v1/practitioners': (r) => ({ status: 200, body: practitionersPage(r.url) }),
    });
    await flushPromises();
    region.value = 'beijing';
    await nextTick();
    await flushPromises();
    expect(server.requests.map((r) => r.url.searchParams.get('regionId'))).toEqual(['leshan', 'beijing']);
  });
});

describe('usePractitioner', () => {
  it('waits until the id is known, and exposes ApiError on failure', async () => {
    const id = ref<string | undefined>(undefined);
    const { server, result } = mountWith(() => usePractitioner(id), {
      'GET /api/v1/practitioners/missing': () => ({ status: 404, body: { ...VALIDATION_PROBLEM, status: 404, code: 'not_found', errors: undefined } }),
    });
    await flushPromises();
    expect(server.requests).toHaveLength(0);
    id.value = 'missing';
    await nextTick();
    await flushPromises();
    expect(result().error.value).toMatchObject({ name: 'ApiError', status: 404, code: 'not_found' });
  });
});

describe('useCreateLegalAidApplication', () => {
  it('invalidates cached application lists after a submission', async () => {
    const { result, queryClient } = mountWith(() => useCreateLegalAidApplication(), {
      'POST /api/v1/legal-aid/applications': () => ({ status: 201, body: { id: 'new' } }),
    });
    queryClient.setQueryData(fawangKeys.legalAidApplications.list({}), { items: [], page: 1, pageSize: 20, total: 0 });
    await result().mutateAsync({ body: { regionId: 'leshan' } as never, idempotencyKey: 'k-00000001' });
    expect(queryClient.getQueryState(fawangKeys.legalAidApplications.list({}))?.isInvalidated).toBe(true);
  });
});

describe('useTransitionLegalAidApplication', () => {
  it('posts the action with the version and invalidates the application lists and details', async () => {
    const { server, result, queryClient } = mountWith(() => useTransitionLegalAidApplication(), {
      'POST /api/v1/legal-aid/applications/app-1/transitions': (request) => ({
        status: 200,
        body: { id: 'app-1', status: 'approved', sent: request.body },
      }),
    });
    const detailKey = fawangKeys.legalAidApplications.detail({ id: 'app-1' });
    queryClient.setQueryData(detailKey, { id: 'app-1', status: 'under_review' });
    queryClient.setQueryData(fawangKeys.legalAidApplications.list({}), { items: [], page: 1, pageSize: 20, total: 0 });
    const answer = await result().mutateAsync({ id: 'app-1', body: { action: 'approve', version: 3 } });
    expect(answer).toMatchObject({ status: 'approved', sent: { action: 'approve', version: 3 } });
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['POST /api/v1/legal-aid/applications/app-1/transitions']);
    expect(queryClient.getQueryState(detailKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(fawangKeys.legalAidApplications.list({}))?.isInvalidated).toBe(true);
  });
});

describe('useRegionProfile', () => {
  it('loads the profile once the region is known and keeps it fresh for a minute', async () => {
    const region = ref<string | undefined>(undefined);
    const { server, result, queryClient } = mountWith(() => useRegionProfile(region), {
      'GET /api/v1/regions/leshan/profile': () => ({ status: 200, body: { id: 'leshan', branding: { siteName: '乐山法律服务网' } } }),
    });
    await flushPromises();
    expect(server.requests).toHaveLength(0);
    region.value = 'leshan';
    await nextTick();
    await flushPromises();
    expect(result().data.value).toMatchObject({ id: 'leshan' });
    const query = queryClient.getQueryCache().find({ queryKey: fawangKeys.regions.profile('leshan') });
    expect(query?.isStale()).toBe(false);
    expect((query?.options as { staleTime?: number }).staleTime).toBe(60_000);
  });
});

describe('useUpdatePreferences', () => {
  it('saves the preferences and puts what the server stored in the cache', async () => {
    const saved = { locale: 'en', careMode: true, careFontSize: 20, highContrast: false } as const;
    const { server, result, queryClient } = mountWith(
      () => ({ update: useUpdatePreferences(), mine: useMyPreferences({ enabled: false }) }),
      { 'PUT /api/v1/auth/me/preferences': (request) => ({ status: 200, body: request.body }) },
    );
    await result().update.mutateAsync(saved);
    expect(server.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['PUT /api/v1/auth/me/preferences']);
    expect(queryClient.getQueryData(fawangKeys.preferences)).toEqual(saved);
    await nextTick();
    expect(result().mine.data.value).toEqual(saved);
  });
});
