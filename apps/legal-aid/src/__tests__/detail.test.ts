import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@fawang/contract';
import type { FawangEvents } from '@fawang/module-kit';
import { fwToastManager } from '@fawang/ui';
import { fakeApi, jsonResponse, listPage, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import legalAid from '../index.js';
import { APPLICANT_USER, ID, OFFICER_USER, PATH, application as baseApplication } from './fixtures.js';
import { messages } from '../messages/index.js';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

const zh = messages['zh-CN'];
/** An application under review as an officer sees it (masked), with its decision clock running. */
function application(overrides: Partial<Schemas['LegalAidApplication']> = {}): Schemas['LegalAidApplication'] {
  return baseApplication({
    status: 'under_review',
    updatedAt: '2026-11-24T09:00:00Z',
    categories: ['migrant_worker_wages'],
    history: [
      { at: '2026-11-24T08:00:00Z', status: 'submitted', by: { id: APPLICANT_USER, displayName: '张*', role: 'citizen' } },
      { at: '2026-11-24T09:00:00Z', status: 'under_review', action: 'start_review', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } },
    ],
    deadlines: [{ kind: 'decision', startedAt: '2026-11-24T08:00:00Z', dueAt: '2026-12-03T08:00:00Z' }],
    ...overrides,
  });
}

/** The detail's API: the application (full ID number when revealed) and its transitions. */
function detailApi(current: Schemas['LegalAidApplication'], transition: FakeRoute = () => current) {
  const bodies: unknown[] = [];
  const api = fakeApi({
    [`GET ${PATH}`]: (_request, url) =>
      url.searchParams.get('reveal') === 'idNumber' ? { ...current, applicant: { ...current.applicant, idNumber: '511102199001010012' } } : current,
    [`POST ${PATH}/transitions`]: async (request, url) => {
      bodies.push(await request.clone().json());
      return transition(request, url);
    },
  });
  return { api, bodies };
}

async function openDetail(current = application(), transition?: FakeRoute) {
  const { api, bodies } = detailApi(current, transition);
  const mounted = await mountModule(legalAid, { path: `/workbench/legal-aid/?id=${ID}`, fetch: api.fetch });
  await settle();
  return { ...mounted, api, bodies };
}

const actionButtons = (wrapper: Awaited<ReturnType<typeof openDetail>>['wrapper']) =>
  wrapper.findAll('button[data-action]').map((button) => button.attributes('data-action'));

function dialog(): HTMLElement {
  const element = document.body.querySelector<HTMLElement>('[role="dialog"]');
  if (!element) throw new Error('no dialog open');
  return element;
}

describe('legal-aid officer detail (受理详情)', () => {
  it('shows the application with the ID number masked, and reveals it (audited) on request', async () => {
    const { wrapper, api, errors } = await openDetail();
    expect(errors).toEqual([]);
    expect(wrapper.get('h1').text()).toBe(zh.detail.heading.replace('{reference}', 'FY-511100-20261124-0001'));
    expect(wrapper.get('[data-testid="id-number"]').text()).toBe('511102********0012');
    expect(wrapper.text()).toContain(zh.detail.revealNote);
    expect(wrapper.text()).toContain(zh.deadlineKinds.decision);
    expect(wrapper.text()).toContain(zh.actions.names.start_review);
    expect(api.calls).toEqual([`GET ${PATH}`]);

    const reveal = wrapper.findAll('button').find((button) => button.text() === zh.detail.reveal);
    await reveal!.trigger('click');
    await settle();
    expect(api.calls.at(-1)).toBe(`GET ${PATH}?reveal=idNumber`);
    expect(wrapper.get('[data-testid="id-number"]').text()).toBe('511102199001010012');
    expect(wrapper.get('[role="status"]').text()).toBe(zh.detail.revealed);
  });

  it('offers only the actions the workflow allows in the status', async () => {
    const underReview = await openDetail();
    expect(actionButtons(underReview.wrapper)).toEqual(['request_material', 'approve', 'refuse']);
    underReview.wrapper.unmount();

    const approved = await openDetail(application({ status: 'approved' }));
    expect(actionButtons(approved.wrapper)).toEqual(['assign']);
    approved.wrapper.unmount();

    const closed = await openDetail(application({ status: 'closed' }));
    expect(actionButtons(closed.wrapper)).toEqual([]);
    expect(closed.wrapper.text()).toContain(zh.actions.none);
  });

  it('refuses only with a reason, sending the version the officer saw', async () => {
    const { wrapper, bodies, api } = await openDetail(application(), () => application({ status: 'refused', version: 4 }));
    await wrapper.get('button[data-action="refuse"]').trigger('click');
    await settle();
    const form = dialog().querySelector('form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(bodies).toEqual([]);
    expect(dialog().textContent).toContain(zh.actions.reason);
    expect(dialog().querySelector('[aria-invalid="true"]')).not.toBeNull();

    const textarea = dialog().querySelector('textarea')!;
    textarea.value = '不符合经济困难标准';
    textarea.dispatchEvent(new Event('input'));
    await settle();
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(bodies).toEqual([{ action: 'refuse', reason: '不符合经济困难标准', version: 3 }]);
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
    expect(api.calls.filter((call) => call === `GET ${PATH}`).length).toBeGreaterThan(1);
  });

  it('says the application changed, in a toast, and reloads it on a 409 version conflict or a transition its state no longer allows', async () => {
    for (const code of ['version_conflict', 'invalid_transition']) {
      const toasts = vi.spyOn(fwToastManager, 'add');
      const conflict = () => jsonResponse({ type: 'about:blank', title: 'Conflict', status: 409, code, detail: 'The application changed meanwhile' }, 409);
      const { wrapper, api } = await openDetail(application(), conflict);
      const loads = api.calls.length;
      await wrapper.get('button[data-action="approve"]').trigger('click');
      await settle();
      expect(toasts, code).toHaveBeenCalledWith(expect.objectContaining({ description: zh.actions.conflict, status: 'warning' }));
      expect(wrapper.find('[role="alert"]').exists(), code).toBe(false);
      expect(api.calls.slice(loads), code).toEqual([`POST ${PATH}/transitions`, `GET ${PATH}`]);
      wrapper.unmount();
      toasts.mockRestore();
    }
  });

  it('shows any other 409 as a general failure, without reloading', async () => {
    const toasts = vi.spyOn(fwToastManager, 'add');
    const conflict = () => jsonResponse({ type: 'about:blank', title: 'Conflict', status: 409, code: 'duplicate_request', detail: 'Already sent' }, 409);
    const { wrapper, api } = await openDetail(application(), conflict);
    const loads = api.calls.length;
    await wrapper.get('button[data-action="approve"]').trigger('click');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toBe(zh.actions.failed.replace('{message}', 'Already sent'));
    expect(api.calls.slice(loads)).toEqual([`POST ${PATH}/transitions`]);
    expect(toasts).not.toHaveBeenCalledWith(expect.objectContaining({ status: 'warning' }));
  });

  it('publishes legal-aid.application.approved on the bus when it approves', async () => {
    const approved = application({
      status: 'approved',
      version: 4,
      history: [
        ...application().history,
        { at: '2026-11-25T10:00:00Z', status: 'approved', action: 'approve', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } },
      ],
    });
    const { wrapper, bus, bodies } = await openDetail(application(), () => approved);
    const events: FawangEvents['legal-aid.application.approved'][] = [];
    bus.on('legal-aid.application.approved', (payload) => events.push(payload));
    await wrapper.get('button[data-action="approve"]').trigger('click');
    await settle();
    expect(bodies).toEqual([{ action: 'approve', version: 3 }]);
    expect(events).toEqual([{ applicationId: ID, regionId: 'leshan', applicantId: APPLICANT_USER, decidedAt: '2026-11-25T10:00:00Z' }]);
  });

  it('links each queue row to its detail', async () => {
    const { id, reference, regionId, status, matterType, applicantName, applicantIdNumber, createdAt, updatedAt } = application();
    const api = fakeApi({ 'GET /legal-aid/applications': () => listPage([{ id, reference, regionId, status, matterType, applicantName, applicantIdNumber, createdAt, updatedAt }]) });
    const { wrapper } = await mountModule(legalAid, { path: '/workbench/legal-aid/', fetch: api.fetch });
    await settle();
    expect(wrapper.get('tbody a').attributes('href')).toMatch(new RegExp(`^/workbench/legal-aid/?\\?id=${ID}$`));
  });
});
