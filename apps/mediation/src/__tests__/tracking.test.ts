import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { caseworkMessages } from '@fawang/module-kit/casework';
import { jsonResponse, listPage, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { fwToastManager } from '@fawang/ui';
import mediation from '../index.js';
import { messages } from '../messages/index.js';
import { CASE_ID, citizenSession, EVIDENCE, mediationCase, MEDIATOR_A, problem, recordingApi, summaryOf } from './cases-fixtures.js';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

const zh = messages['zh-CN'];
const casework = caseworkMessages['zh-CN'].casework;

const agreed = mediationCase({
  status: 'agreed',
  mediators: [{ practitionerId: MEDIATOR_A, name: '赵调解' }],
  sessions: [
    {
      id: '00000000-0000-4000-8000-0000000005e1',
      mode: 'online',
      onlineUrl: 'https://meet.example.cn/tj-1',
      startsAt: '2026-11-27T01:00:00Z',
      endsAt: '2026-11-27T02:00:00Z',
      mediators: [{ practitionerId: MEDIATOR_A, name: '赵调解' }],
      participants: ['王小明', '李四'],
    },
  ],
  agreement: {
    terms: ['李四每日 22 时后停止装修施工。', '李四赔偿王小明 500 元。'],
    performBy: '2026-12-10',
    signedAt: '2026-11-27T02:00:00Z',
    judicialConfirmationBy: '2026-12-27',
  },
});

async function track(full: Schemas['MediationCase'], routes: Record<string, FakeRoute> = {}) {
  let current = full;
  const api = recordingApi({ 'GET /auth/me': () => citizenSession, [`GET /mediation/cases/${CASE_ID}`]: () => current, ...routes });
  const mounted = await mountModule(mediation, { path: `/mediation/cases/${CASE_ID}`, fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api, become: (next: Schemas['MediationCase']) => (current = next) };
}

describe('mediation case tracking (调解办理进度)', () => {
  it('shows the agreement, the PDF link and the last day for judicial confirmation', async () => {
    const { wrapper } = await track(agreed);
    expect(wrapper.get('[data-testid="status"]').text()).toContain(zh.statuses.agreed);
    expect(wrapper.get('[data-testid="committee"]').text()).toContain(agreed.committee.name);
    expect(wrapper.get('[data-testid="mediators"]').text()).toBe('赵调解');
    expect(wrapper.get('[data-testid="agreement-terms"]').findAll('li').map((li) => li.text())).toEqual(agreed.agreement!.terms);
    expect(wrapper.get('[data-testid="perform-by"]').text()).toContain('2026年12月10日');
    const reminder = wrapper.get('[data-testid="confirmation-reminder"]').text();
    expect(reminder).toContain('第三十三条');
    expect(reminder).toContain('2026年12月27日');
    expect(wrapper.get('[data-testid="agreement-pdf"]').attributes('href')).toBe(`http://fawang.test/api/v1/mediation/cases/${CASE_ID}/agreement`);
    const session = wrapper.get('[data-testid="session"]');
    expect(session.text()).toContain('王小明、李四');
    expect(session.get('a').attributes('href')).toBe('https://meet.example.cn/tj-1');
    expect(wrapper.get('#fw-mediation-history').text()).toBe(zh.track.history);
    // An agreed case is closed: nothing to withdraw.
    expect(wrapper.find('[data-testid="withdraw"]').exists()).toBe(false);
  });

  it('lists the documents filed with the dispute, each a download link, and says when there are none', async () => {
    const { wrapper } = await track(mediationCase({ documents: [EVIDENCE] }));
    const section = wrapper.get('[aria-labelledby="fw-mediation-documents"]');
    expect(section.get('#fw-mediation-documents').text()).toBe(zh.track.documents);
    const link = section.get('a');
    expect(link.attributes('href')).toBe(`http://fawang.test/api/v1/documents/${EVIDENCE.id}`);
    expect(link.text()).toBe(EVIDENCE.name);
    expect(section.text()).toContain(zh.apply.documentKinds.case_material);
    expect(section.text()).not.toContain(zh.track.documentsNote);
    wrapper.unmount();
    const { wrapper: without } = await track(mediationCase());
    expect(without.get('[aria-labelledby="fw-mediation-documents"]').text()).toContain(zh.track.noDocuments);
  });

  it('rates an agreed case as a mediation application', async () => {
    const { wrapper, api } = await track(agreed, {
      'POST /evaluations': () =>
        jsonResponse({ id: '00000000-0000-4000-8000-0000000000e1', module: 'mediation', subjectType: 'application', subjectId: CASE_ID, level: 'very_satisfied', followUpConsent: false, regionId: 'leshan', createdAt: '2026-11-28T00:00:00Z', followUpStatus: 'not_required' }, 201),
    });
    const rating = wrapper.get('section[aria-labelledby="fw-mediation-rating"]');
    expect(rating.get('h2').text()).toBe(zh.track.rating.heading);
    const choice = rating.findAll('[role="radio"]').find((candidate) => document.getElementById(candidate.attributes('aria-labelledby')!)?.textContent?.trim() === casework.rating.levels.very_satisfied);
    await choice!.trigger('click');
    await rating.findAll('button').find((candidate) => candidate.text() === '提交评价')!.trigger('click');
    await settle();
    expect(api.bodiesOf('POST /evaluations')).toEqual([{ module: 'mediation', subjectType: 'application', subjectId: CASE_ID, level: 'very_satisfied' }]);
  });

  it('offers no rating before an outcome and lets the applicant withdraw an open case', async () => {
    const open = mediationCase({ status: 'accepted' });
    const { wrapper, api, become } = await track(open, { [`POST /mediation/cases/${CASE_ID}/transitions`]: () => mediationCase({ status: 'withdrawn', version: 4 }) });
    expect(wrapper.find('#fw-mediation-rating').exists()).toBe(false);
    become(mediationCase({ status: 'withdrawn', version: 4 }));
    await wrapper.get('[data-testid="withdraw"]').trigger('click');
    await settle();
    document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();
    expect(api.bodiesOf(`POST /mediation/cases/${CASE_ID}/transitions`)).toEqual([{ action: 'withdraw', version: 3 }]);
    expect(wrapper.text()).toContain(zh.track.withdraw.done);
    expect(wrapper.get('[data-testid="status"]').text()).toContain(zh.statuses.withdrawn);
  });

  it('says the case changed, in a toast, when the withdrawal meets a newer version or a state that no longer allows it', async () => {
    for (const code of ['version_conflict', 'invalid_transition']) {
      const toasts = vi.spyOn(fwToastManager, 'add');
      const { wrapper } = await track(mediationCase({ status: 'accepted' }), {
        [`POST /mediation/cases/${CASE_ID}/transitions`]: () => problem(409, code, 'stale'),
      });
      await wrapper.get('[data-testid="withdraw"]').trigger('click');
      await settle();
      document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
      await settle();
      expect(toasts, code).toHaveBeenCalledWith(expect.objectContaining({ description: zh.track.withdraw.conflict, status: 'warning' }));
      expect(wrapper.find('[role="alert"]').exists(), code).toBe(false);
      wrapper.unmount();
      toasts.mockRestore();
    }
  });

  it('lists the citizen own cases in 我的调解, linking to tracking', async () => {
    const api = recordingApi({ 'GET /mediation/cases': () => listPage([summaryOf(agreed)]) });
    const { wrapper } = await mountModule(mediation, { component: mediation.account![0]!.component, fetch: api.fetch });
    await settle();
    expect(wrapper.get('caption').text()).toBe(zh.account.cases);
    expect(api.calls).toEqual(['GET /mediation/cases?page=1&pageSize=10']);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/mediation/cases/${CASE_ID}`);
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain(zh.list.applicant);
  });
});
