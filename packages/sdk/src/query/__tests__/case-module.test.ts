// @vitest-environment happy-dom
import { describe, expect, expectTypeOf, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { flushPromises } from '@vue/test-utils';
import type { Schemas } from '@fawang/contract';
import { mountWith } from './mount-hooks.js';
import { caseModuleHooks, declaredCaseHooks } from '../case-module.js';
import { legalAidApplicationHooks, mediationCaseHooks } from '../composables.js';
import { caseModuleKeys, fawangKeys } from '../keys.js';


const emptyPage = { items: [], page: 1, pageSize: 20, total: 0 };

describe('caseModuleKeys', () => {
  it('nest a module\'s lists and details under one key and keep statistics beside it', () => {
    const keys = caseModuleKeys<'notary', 'applications', { status?: string }, { reveal?: 'idNumber' }>('notary', 'applications');
    expect(keys.all).toEqual(['fawang', 'notary-applications']);
    expect(keys.list({ status: 'submitted' })).toEqual(['fawang', 'notary-applications', 'list', { status: 'submitted' }]);
    expect(keys.detail({ id: 'n-1' })).toEqual(['fawang', 'notary-applications', 'detail', { id: 'n-1' }]);
    expect(keys.statistics('leshan')).toEqual(['fawang', 'notary-statistics', 'leshan']);
  });

  it('are the keys fawangKeys has always given legal aid and mediation', () => {
    expect(legalAidApplicationHooks.keys.all).toEqual(fawangKeys.legalAidApplications.all);
    expect(legalAidApplicationHooks.keys.detail({ id: 'a', reveal: 'idNumber' })).toEqual(['fawang', 'legal-aid-applications', 'detail', { id: 'a', reveal: 'idNumber' }]);
    expect(legalAidApplicationHooks.keys.statistics('leshan')).toEqual(fawangKeys.legalAidStatistics('leshan'));
    expect(mediationCaseHooks.keys.lists()).toEqual(fawangKeys.mediationCases.lists());
    expect(mediationCaseHooks.keys.statistics('leshan')).toEqual(fawangKeys.mediationStatistics('leshan'));
  });
});

describe('caseModuleHooks', () => {
  const mediation = caseModuleHooks({
    module: 'mediation',
    resource: 'cases',
    list: 'listMediationCases',
    get: 'getMediationCase',
    create: 'createMediationCase',
    transition: 'transitionMediationCase',
    statistics: 'getMediationStatistics',
  });

  it('lists with the compacted filters as the key and refetches when they change', async () => {
    const status = ref<'submitted' | 'accepted'>('submitted');
    const { server, result, queryClient } = mountWith(() => mediation.useList(() => ({ status: status.value, committeeId: '' })), {
      'GET /api/v1/mediation/cases': () => ({ status: 200, body: emptyPage }),
    });
    await flushPromises();
    status.value = 'accepted';
    await nextTick();
    await flushPromises();
    expect(server.requests.map((r) => r.url.search)).toEqual(['?status=submitted', '?status=accepted']);
    expect(result().data.value).toEqual(emptyPage);
    expect(queryClient.getQueryData(mediation.keys.list({ status: 'accepted' }))).toEqual(emptyPage);
  });

  it('gets one case once its id is known, with the get operation\'s query in the key', async () => {
    const id = ref<string | undefined>(undefined);
    const reveal = ref(false);
    const { server, result, queryClient } = mountWith(
      () => legalAidApplicationHooks.useOne(id, () => (reveal.value ? { reveal: 'idNumber' } : undefined)),
      { 'GET /api/v1/legal-aid/applications/app-1': (r) => ({ status: 200, body: { id: 'app-1', revealed: r.url.searchParams.has('reveal') } }) },
    );
    await flushPromises();
    expect(server.requests).toHaveLength(0);
    id.value = 'app-1';
    await nextTick();
    await flushPromises();
    reveal.value = true;
    await nextTick();
    await flushPromises();
    expect(server.requests.map((r) => r.url.search)).toEqual(['', '?reveal=idNumber']);
    expect(result().data.value).toMatchObject({ id: 'app-1', revealed: true });
    expect(queryClient.getQueryData(legalAidApplicationHooks.keys.detail({ id: 'app-1' }))).toMatchObject({ revealed: false });
  });

  it('creates with the Idempotency-Key and invalidates the module\'s lists and details, not another module\'s', async () => {
    const { server, result, queryClient } = mountWith(() => mediation.useCreate(), {
      'POST /api/v1/mediation/cases': (request) => ({ status: 201, body: { id: 'case-1', sent: request.body } }),
    });
    queryClient.setQueryData(mediation.keys.list({}), emptyPage);
    queryClient.setQueryData(mediation.keys.detail({ id: 'case-0' }), { id: 'case-0' });
    queryClient.setQueryData(fawangKeys.legalAidApplications.list({}), emptyPage);
    const answer = await result().mutateAsync({ body: { summary: '邻里纠纷' } as never, idempotencyKey: 'filing-0001' });
    expect(answer).toMatchObject({ id: 'case-1', sent: { summary: '邻里纠纷' } });
    expect(server.requests[0]!.headers.get('idempotency-key')).toBe('filing-0001');
    expect(queryClient.getQueryState(mediation.keys.list({}))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(mediation.keys.detail({ id: 'case-0' }))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(fawangKeys.legalAidApplications.list({}))?.isInvalidated).toBe(false);
  });

  it('creates without an Idempotency-Key when none is given', async () => {
    const { server, result } = mountWith(() => mediation.useCreate(), {
      'POST /api/v1/mediation/cases': () => ({ status: 201, body: { id: 'case-1' } }),
    });
    await result().mutateAsync({ body: {} as never });
    expect(server.requests[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('posts a transition with the version and invalidates the list and the case', async () => {
    const { server, result, queryClient } = mountWith(() => mediation.useTransition(), {
      'POST /api/v1/mediation/cases/case-1/transitions': (request) => ({ status: 200, body: { id: 'case-1', sent: request.body } }),
    });
    queryClient.setQueryData(mediation.keys.list({ status: 'submitted' }), emptyPage);
    queryClient.setQueryData(mediation.keys.detail({ id: 'case-1' }), { id: 'case-1' });
    await result().mutateAsync({ id: 'case-1', body: { action: 'accept', version: 2 } });
    expect(server.requests.map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/api/v1/mediation/cases/case-1/transitions', { action: 'accept', version: 2 }],
    ]);
    expect(queryClient.getQueryState(mediation.keys.list({ status: 'submitted' }))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(mediation.keys.detail({ id: 'case-1' }))?.isInvalidated).toBe(true);
  });

  it('exposes a transition failure as ApiError', async () => {
    const conflict = { type: 'about:blank', title: 'Conflict', status: 409, code: 'version_conflict' };
    const { result } = mountWith(() => mediation.useTransition(), {
      'POST /api/v1/mediation/cases/case-1/transitions': () => ({ status: 409, body: conflict }),
    });
    await expect(result().mutateAsync({ id: 'case-1', body: { action: 'accept', version: 1 } })).rejects.toMatchObject({
      name: 'ApiError',
      status: 409,
      code: 'version_conflict',
    });
  });

  it('loads a region\'s statistics once the region is known', async () => {
    const region = ref<string | undefined>(undefined);
    const { server, queryClient } = mountWith(() => mediation.useStatistics(region), {
      'GET /api/v1/mediation/statistics': (r) => ({ status: 200, body: { regionId: r.url.searchParams.get('regionId') } }),
    });
    await flushPromises();
    expect(server.requests).toHaveLength(0);
    region.value = 'leshan';
    await nextTick();
    await flushPromises();
    expect(queryClient.getQueryData(mediation.keys.statistics('leshan'))).toEqual({ regionId: 'leshan' });
  });

  it('types the hooks from the operation ids', () => {
    type Case = NonNullable<ReturnType<typeof mediation.useOne>['data']['value']>;
    expectTypeOf<Case>().toEqualTypeOf<Schemas['MediationCase']>();
    type Page = NonNullable<ReturnType<typeof legalAidApplicationHooks.useList>['data']['value']>;
    expectTypeOf<Page>().toEqualTypeOf<Schemas['LegalAidApplicationPage']>();
    expectTypeOf<Parameters<ReturnType<typeof mediation.useTransition>['mutate']>[0]['body']>().toEqualTypeOf<Schemas['MediationTransitionInput']>();

    const withoutStatistics = caseModuleHooks({
      module: 'mediation',
      resource: 'cases',
      list: 'listMediationCases',
      get: 'getMediationCase',
      create: 'createMediationCase',
      transition: 'transitionMediationCase',
    });
    expectTypeOf(withoutStatistics.useStatistics).toBeNever();
    // Operation ids of the wrong kind are refused.
    caseModuleHooks({
      module: 'mediation',
      resource: 'cases',
      // @ts-expect-error — getMediationCase does not list cases
      list: 'getMediationCase',
      get: 'getMediationCase',
      // @ts-expect-error — createEvaluation does not create a case
      create: 'createEvaluation',
      transition: 'transitionMediationCase',
    });
  });
});

describe('declaredCaseHooks', () => {
  const consult = declaredCaseHooks('consult');

  it('call the kernel\'s operations with the module\'s id, keyed under the module', async () => {
    const list = mountWith(() => consult.useList(() => ({ status: 'submitted' })), {
      'GET /api/v1/modules/consult/cases': () => ({ status: 200, body: emptyPage }),
    });
    await flushPromises();
    expect(list.server.requests.map((r) => r.url.search)).toEqual(['?status=submitted']);
    expect(list.queryClient.getQueryData(['fawang', 'consult-cases', 'list', { status: 'submitted' }])).toEqual(emptyPage);

    const one = mountWith(() => consult.useOne('c-1'), { 'GET /api/v1/modules/consult/cases/c-1': () => ({ status: 200, body: { id: 'c-1' } }) });
    await flushPromises();
    expect(one.result().data.value).toEqual({ id: 'c-1' });
  });

  it('file with the Idempotency-Key and act with the version, invalidating the module\'s queries', async () => {
    const { server, result, queryClient } = mountWith(() => ({ create: consult.useCreate(), transition: consult.useTransition() }), {
      'POST /api/v1/modules/consult/cases': () => ({ status: 201, body: { id: 'c-1' } }),
      'POST /api/v1/modules/consult/cases/c-1/transitions': (request) => ({ status: 200, body: { id: 'c-1', sent: request.body } }),
    });
    queryClient.setQueryData(consult.keys.list({}), emptyPage);
    await result().create.mutateAsync({ body: { regionId: 'leshan', organizationId: 'o-1', fields: { subject: '咨询' } }, idempotencyKey: 'filing-0001' });
    expect(server.requests[0]!.headers.get('idempotency-key')).toBe('filing-0001');
    expect(queryClient.getQueryState(consult.keys.list({}))?.isInvalidated).toBe(true);
    await result().transition.mutateAsync({ id: 'c-1', body: { action: 'accept', version: 2 } });
    expect(server.requests[1]!.body).toEqual({ action: 'accept', version: 2 });
  });

  it('types the hooks from the kernel\'s operations', () => {
    type Case = NonNullable<ReturnType<typeof consult.useOne>['data']['value']>;
    expectTypeOf<Case>().toEqualTypeOf<Schemas['ModuleCase']>();
    expectTypeOf<Parameters<ReturnType<typeof consult.useCreate>['mutate']>[0]['body']>().toEqualTypeOf<Schemas['ModuleCaseInput']>();
  });
});
