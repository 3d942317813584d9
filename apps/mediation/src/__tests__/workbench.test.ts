import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { listPage, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { FwSelect, fwToastManager } from '@fawang/ui';
import mediation from '../index.js';
import { messages } from '../messages/index.js';
import { CASE_ID, EVIDENCE, mediationCase, MEDIATOR_A, MEDIATOR_B, problem, propertyCommittee, recordingApi, streetCommittee, summaryOf, villageCommittee } from './cases-fixtures.js';
import { actionForm, fill, messageOf, pick, send } from './workbench-dom.js';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

const zh = messages['zh-CN'];
const TRANSITIONS = `POST /mediation/cases/${CASE_ID}/transitions`;

const mediator = (id: string, name: string): Schemas['PractitionerSummary'] =>
  ({ id, name, type: 'mediator', regionId: 'leshan', status: 'active', organizationId: streetCommittee.id, organizationName: streetCommittee.name, specialties: [], languages: ['zh'], mediator: { fullTime: true, grade: 'first' } }) as unknown as Schemas['PractitionerSummary'];

async function openDetail(full: Schemas['MediationCase'], routes: Record<string, FakeRoute> = {}) {
  const api = recordingApi({ [`GET /mediation/cases/${CASE_ID}`]: () => full, ...routes });
  const mounted = await mountModule(mediation, { path: `/workbench/mediation/?status=in_mediation&id=${CASE_ID}`, fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api };
}

async function startAction(wrapper: Awaited<ReturnType<typeof openDetail>>['wrapper'], action: string) {
  await wrapper.get(`button[data-action="${action}"]`).trigger('click');
  await settle();
  return actionForm(action);
}

const assigned = mediationCase({ status: 'assigned', mediators: [{ practitionerId: MEDIATOR_A, name: '赵调解' }, { practitionerId: MEDIATOR_B, name: '钱调解' }] });

describe('mediation workbench (人民调解案件)', () => {
  it('keeps the status and overdue filters in the URL and the request, with the overdue badge', async () => {
    const late = { ...summaryOf(mediationCase()), overdue: true };
    const api = recordingApi({ 'GET /mediation/cases': () => listPage([late]) });
    const { wrapper, router, errors } = await mountModule(mediation, { path: '/workbench/mediation/', fetch: api.fetch });
    await settle();
    expect(api.calls).toEqual(['GET /mediation/cases?page=1&pageSize=10']);
    expect([errors, wrapper.get('h1').text()]).toEqual([[], zh.workbench.queue.title]);
    expect(router.currentRoute.value.meta).toMatchObject({ moduleId: 'mediation', workbench: true, roles: ['mediator', 'bureau_admin'] });
    expect(wrapper.get('tbody [data-testid="overdue-badge"]').text()).toBe('已逾期');

    wrapper.getComponent('[data-testid="status-filter"]').getComponent(FwSelect).vm.$emit('update:modelValue', 'submitted');
    await settle();
    await wrapper.get('[data-testid="overdue-filter"] [role="checkbox"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ status: 'submitted', overdue: 'true' });
    expect(api.calls.at(-1)).toBe('GET /mediation/cases?page=1&pageSize=10&status=submitted&overdue=true');
    // The detail link keeps the filters for the way back.
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/workbench/mediation?status=submitted&overdue=true&id=${CASE_ID}`);
  });

  it('filters by dispute type in the URL and the request, and keeps it for the way back', async () => {
    const api = recordingApi({ 'GET /mediation/cases': () => listPage([summaryOf(mediationCase({ disputeType: 'labour' }))]) });
    const { wrapper, router } = await mountModule(mediation, { path: '/workbench/mediation/', fetch: api.fetch });
    await settle();
    const select = wrapper.getComponent('[data-testid="dispute-type-filter"]').getComponent(FwSelect);
    expect(select.props('options').map((option: { label: string }) => option.label)).toEqual([zh.workbench.queue.allDisputeTypes, ...Object.values(zh.disputeTypes)]);
    select.vm.$emit('update:modelValue', 'labour');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ disputeType: 'labour' });
    expect(api.calls.at(-1)).toBe('GET /mediation/cases?page=1&pageSize=10&disputeType=labour');
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/workbench/mediation?disputeType=labour&id=${CASE_ID}`);
  });

  it('reads the filters of a shared link and ignores unknown values', async () => {
    const api = recordingApi({ 'GET /mediation/cases': () => listPage([]) });
    await mountModule(mediation, { path: '/workbench/mediation/?status=agreed&overdue=maybe', fetch: api.fetch });
    await settle();
    expect(api.calls).toEqual(['GET /mediation/cases?page=1&pageSize=10&status=agreed']);
  });

  it('shows the masked parties and only the actions the workflow allows a mediator', async () => {
    const { wrapper } = await openDetail(mediationCase());
    expect(wrapper.get('h1').text()).toBe(`调解案件 ${mediationCase().reference}`);
    expect(wrapper.findAll('[data-testid="party"]')[0]!.text()).toContain('511102********0012');
    expect(wrapper.findAll('button[data-action]').map((button) => button.attributes('data-action'))).toEqual(['transfer', 'accept', 'decline', 'record_withdrawal']);
  });

  it('gives the mediator the filed documents with the note that downloads are audited', async () => {
    const { wrapper } = await openDetail(mediationCase({ documents: [EVIDENCE] }));
    const section = wrapper.get('[aria-labelledby="fw-mediation-documents"]');
    expect(section.get('a').attributes('href')).toBe(`http://fawang.test/api/v1/documents/${EVIDENCE.id}`);
    expect(section.text()).toContain(zh.track.documentsNote);
  });

  it('accepts at once with the version and says so in a toast, reloading, when someone acted first', async () => {
    let answer: () => unknown = () => mediationCase({ status: 'accepted', version: 4 });
    const { wrapper, api } = await openDetail(mediationCase(), { [TRANSITIONS]: () => answer() });
    await wrapper.get('button[data-action="accept"]').trigger('click');
    await settle();
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'accept', version: 3 }]);

    const toasts = vi.spyOn(fwToastManager, 'add');
    answer = () => problem(409, 'version_conflict', 'stale');
    const reads = api.calls.filter((call) => call === `GET /mediation/cases/${CASE_ID}`).length;
    await wrapper.get('button[data-action="accept"]').trigger('click');
    await settle();
    expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ description: zh.actions.conflict, status: 'warning' }));
    expect(wrapper.find('[data-testid="action-problem"]').exists()).toBe(false);
    expect(api.calls.filter((call) => call === `GET /mediation/cases/${CASE_ID}`).length).toBeGreaterThan(reads);
  });

  it('closes the dialog, reloads and says the case changed on a 409 transition its state no longer allows', async () => {
    const toasts = vi.spyOn(fwToastManager, 'add');
    const { wrapper, api } = await openDetail(mediationCase(), { [TRANSITIONS]: () => problem(409, 'invalid_transition', 'A case in status withdrawn cannot decline') });
    const form = await startAction(wrapper, 'decline');
    await fill(form, zh.actions.reason, '不属于人民调解范围');
    const reads = api.calls.filter((call) => call === `GET /mediation/cases/${CASE_ID}`).length;
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'decline', version: 3, reason: '不属于人民调解范围' }]);
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
    expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ description: zh.actions.conflict, status: 'warning' }));
    expect(api.calls.filter((call) => call === `GET /mediation/cases/${CASE_ID}`).length).toBeGreaterThan(reads);
  });

  it('transfers to a committee routing offers for the place, with a reason', async () => {
    const { wrapper, api } = await openDetail(mediationCase(), {
      'GET /mediation/routing': () => ({ committee: streetCommittee, reason: 'township_of_place', alternatives: [propertyCommittee] }),
      [TRANSITIONS]: () => mediationCase({ committee: propertyCommittee, version: 4 }),
    });
    const form = await startAction(wrapper, 'transfer');
    expect(api.calls).toContain('GET /mediation/routing?regionId=leshan&divisionCode=511102001&disputeType=neighbour');
    // The committee that has the case is not offered.
    expect(form.textContent).not.toContain(streetCommittee.name);
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([]);
    await pick(form, propertyCommittee.name);
    await fill(form, zh.actions.reason, '属于物业服务纠纷');
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'transfer', version: 3, committeeId: propertyCommittee.id, reason: '属于物业服务纠纷' }]);
  });

  it('offers transfer after acceptance and after assignment too, as the workflow allows', async () => {
    for (const [status, expected] of [
      ['accepted', ['transfer', 'assign', 'record_withdrawal']],
      ['assigned', ['transfer', 'assign', 'schedule', 'record_withdrawal']],
    ] as const) {
      const { wrapper } = await openDetail(mediationCase({ status }));
      expect(wrapper.findAll('button[data-action]').map((button) => button.attributes('data-action')), status).toEqual(expected);
      wrapper.unmount();
    }
  });

  it('hands on an accepted case whose committee has no active mediator: the assign dialog says so, the transfer sends the committee and reason', async () => {
    const { wrapper, api } = await openDetail(mediationCase({ status: 'accepted' }), {
      'GET /practitioners': () => listPage([]),
      'GET /mediation/routing': () => ({ committee: streetCommittee, reason: 'township_of_place', alternatives: [villageCommittee] }),
      [TRANSITIONS]: () => mediationCase({ committee: villageCommittee, version: 4 }),
    });
    const assign = await startAction(wrapper, 'assign');
    expect(assign.textContent).toContain(zh.actions.noMediators);
    [...assign.querySelectorAll('button')].find((button) => button.textContent?.trim() === zh.actions.cancel)!.click();
    await settle();

    const form = await startAction(wrapper, 'transfer');
    expect(form.textContent).not.toContain(streetCommittee.name);
    await send(form);
    expect(messageOf(form, zh.actions.reason)).not.toBe('');
    expect(api.bodiesOf(TRANSITIONS)).toEqual([]);
    await pick(form, villageCommittee.name);
    await fill(form, zh.actions.reason, '本委员会暂无在职调解员');
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'transfer', version: 3, committeeId: villageCommittee.id, reason: '本委员会暂无在职调解员' }]);
  });

  it('assigns mediators of the case committee', async () => {
    const { wrapper, api } = await openDetail(mediationCase({ status: 'accepted' }), {
      'GET /practitioners': () => listPage([mediator(MEDIATOR_A, '赵调解'), mediator(MEDIATOR_B, '钱调解')]),
      [TRANSITIONS]: () => assigned,
    });
    const form = await startAction(wrapper, 'assign');
    const query = new URL(`http://x${api.calls.find((call) => call.startsWith('GET /practitioners'))!.slice(4)}`).searchParams;
    // Only active mediators: the ones the server accepts for assign.
    expect(Object.fromEntries(query)).toEqual({ type: 'mediator', organizationId: streetCommittee.id, status: 'active', pageSize: '100' });
    await send(form);
    expect(form.textContent).toContain(zh.actions.mediatorsRequired);
    await pick(form, '赵调解', '钱调解');
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'assign', version: 3, mediatorIds: [MEDIATOR_A, MEDIATOR_B] }]);
  });

  it('schedules a session with its mediators and participants, and shows a calendar conflict by the time fields', async () => {
    let answer: () => unknown = () => problem(409, 'calendar_conflict', '赵调解在 2026-12-01 09:00–10:00 已有调解安排');
    const { wrapper, api } = await openDetail(assigned, { [TRANSITIONS]: () => answer() });
    const form = await startAction(wrapper, 'schedule');
    await fill(form, zh.actions.location, '【示例】张公桥街道调解室');
    for (const [testId, value] of [['session-start', '2026-12-01T09:30'], ['session-end', '2026-12-01T11:00']] as const) {
      const input = form.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await pick(form, '赵调解');
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([
      {
        action: 'schedule',
        version: 3,
        session: {
          mode: 'onsite',
          location: '【示例】张公桥街道调解室',
          startsAt: new Date('2026-12-01T09:30').toISOString(),
          endsAt: new Date('2026-12-01T11:00').toISOString(),
          mediatorIds: [MEDIATOR_A],
          participants: ['王小明', '李*'],
        },
      },
    ]);
    // A field-bound 409: the dialog stays open with the message by both times, and the case is not reloaded.
    expect(messageOf(actionForm('schedule'), zh.actions.startsAt)).toContain('已有调解安排');
    expect(messageOf(actionForm('schedule'), zh.actions.endsAt)).toContain('已有调解安排');
    expect(api.calls.filter((call) => call === `GET /mediation/cases/${CASE_ID}`)).toHaveLength(1);

    answer = () => mediationCase({ status: 'in_mediation', version: 4 });
    await pick(actionForm('schedule'), zh.actions.modes.online);
    await fill(actionForm('schedule'), zh.actions.onlineUrl, 'http://meet.example.cn/1');
    await send(actionForm('schedule'));
    expect(messageOf(actionForm('schedule'), zh.actions.onlineUrl)).toContain(zh.actions.onlineUrlInvalid);
    await fill(actionForm('schedule'), zh.actions.onlineUrl, 'https://meet.example.cn/1');
    await send(actionForm('schedule'));
    expect(api.bodiesOf(TRANSITIONS).at(-1)).toMatchObject({ session: { mode: 'online', onlineUrl: 'https://meet.example.cn/1' } });
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
  });

  it('records an agreement with its terms, added and removed', async () => {
    const { wrapper, api } = await openDetail(mediationCase({ ...assigned, status: 'in_mediation' }), { [TRANSITIONS]: () => mediationCase({ status: 'agreed', version: 4 }) });
    const form = await startAction(wrapper, 'record_agreement');
    await fill(form, '第 1 条', '李四每日 22 时后停止装修施工。');
    form.querySelector<HTMLButtonElement>('[data-testid="add-term"]')!.click();
    await settle();
    await fill(form, '第 2 条', '李四赔偿王小明 500 元。');
    form.querySelector<HTMLButtonElement>('[data-testid="add-term"]')!.click();
    await settle();
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([]);
    form.querySelector<HTMLButtonElement>('[data-remove-term="2"]')!.click();
    await settle();
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'record_agreement', version: 3, agreement: { terms: ['李四每日 22 时后停止装修施工。', '李四赔偿王小明 500 元。'] } }]);
  });

  it('records a failure with its reason and shows a field the server refused', async () => {
    const { wrapper, api } = await openDetail(mediationCase({ ...assigned, status: 'in_mediation' }), {
      [TRANSITIONS]: () => problem(400, 'validation_failed', 'Invalid', [{ field: 'body.reason', message: '请说明调解不成的原因' }]),
    });
    const form = await startAction(wrapper, 'record_failure');
    await fill(form, zh.actions.reason, '双方');
    await send(form);
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'record_failure', version: 3, reason: '双方' }]);
    expect(messageOf(actionForm('record_failure'), zh.actions.reason)).toContain('请说明调解不成的原因');
  });
});
