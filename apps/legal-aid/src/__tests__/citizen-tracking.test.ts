import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { caseworkMessages } from '@fawang/module-kit/casework';
import { fakeApi, jsonResponse, missingMessageKeys, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { fwToastManager } from '@fawang/ui';
import legalAid from '../index.js';
import { APPLICANT_USER, ID, OFFICER_USER, PATH, application as baseApplication } from './fixtures.js';
import { messages } from '../messages/index.js';

enableAutoUnmount(afterEach);
afterEach(() => vi.restoreAllMocks());

const zh = messages['zh-CN'];
const casework = caseworkMessages['zh-CN'].casework;
const leshan = (await loadBuiltInRegions()).get('leshan')!;
const DOCUMENT_ID = '00000000-0000-4000-8000-0000000000d1';

/** An application under review as its applicant sees it (in full), with a document and the decision clock. */
function application(overrides: Partial<Schemas['LegalAidApplication']> = {}): Schemas['LegalAidApplication'] {
  return baseApplication({
    status: 'under_review',
    applicantName: '张三',
    applicantIdNumber: '11010519491231002X',
    updatedAt: '2026-11-24T09:00:00Z',
    decisionDueAt: '2026-12-03T08:00:00Z',
    applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000', address: '【示例数据】乐山市市中区' },
    categories: ['migrant_worker_wages'],
    history: [
      { at: '2026-11-24T08:00:00Z', status: 'submitted', action: 'submit', by: { id: APPLICANT_USER, displayName: '张三', role: 'citizen' } },
      { at: '2026-11-24T09:00:00Z', status: 'under_review', action: 'start_review', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } },
    ],
    deadlines: [{ kind: 'decision', startedAt: '2026-11-24T08:00:00Z', dueAt: '2026-12-03T08:00:00Z' }],
    documents: [{ id: DOCUMENT_ID, name: '身份证.pdf', kind: 'id_card', mediaType: 'application/pdf', size: 2048, sha256: 'a'.repeat(64), createdAt: '2026-11-24T07:00:00Z' }],
    ...overrides,
  });
}

async function open(current: Schemas['LegalAidApplication'] | (() => unknown), routes: Record<string, FakeRoute> = {}) {
  const bodies: Record<string, unknown[]> = {};
  const recorded = Object.fromEntries(
    Object.entries(routes).map(([route, answer]) => [
      route,
      async (request: Request, url: URL) => {
        (bodies[route] ??= []).push(await request.clone().json());
        return answer(request, url);
      },
    ]),
  );
  const api = fakeApi({ [`GET ${PATH}`]: typeof current === 'function' ? current : () => current, ...recorded });
  const mounted = await mountModule(legalAid, { path: PATH, region: leshan, fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api, bodies };
}

function button(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('button').find((candidate) => candidate.text() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

/** A radio's name: the text of the label it points to. */
function radio(wrapper: VueWrapper, name: string) {
  const found = wrapper.findAll('[role="radio"]').find((candidate) => document.getElementById(candidate.attributes('aria-labelledby')!)?.textContent?.trim() === name);
  if (!found) throw new Error(`no radio ${name}`);
  return found;
}

const withdrawn = () => application({ status: 'withdrawn', version: 4 });
const conflict = () => jsonResponse({ type: 'about:blank', title: 'Conflict', status: 409, code: 'version_conflict', detail: 'changed meanwhile' }, 409);

describe('legal-aid tracking page (办理进度)', () => {
  it('shows the status, reference, history timeline, statutory clocks and documents', async () => {
    const { wrapper, api } = await open(application());
    expect(api.calls).toEqual([`GET ${PATH}`]);
    expect(wrapper.get('[data-testid="status"]').text()).toBe(zh.statuses.under_review);
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('FY-511100-20261124-0001');
    const history = wrapper.get('[aria-labelledby="fw-legal-aid-detail-history"]');
    expect(history.text()).toContain(`${zh.actions.names.start_review} → ${zh.statuses.under_review}`);
    expect(history.text()).toContain('李*');
    const clocks = wrapper.get('[aria-labelledby="fw-legal-aid-detail-deadlines"]');
    expect(clocks.text()).toContain(zh.deadlineKinds.decision);
    const link = wrapper.get('[aria-labelledby="fw-legal-aid-documents-heading"] a');
    expect(link.attributes('href')).toBe(`http://fawang.test/api/v1/documents/${DOCUMENT_ID}`);
    expect(link.attributes('aria-label')).toBe('下载 身份证.pdf');
  });

  it('names the aid provider and the outcome once there are', async () => {
    const { wrapper } = await open(
      application({
        status: 'closed',
        assignee: { kind: 'lawyer', practitionerId: OFFICER_USER, name: '王律师', organizationName: '【示例数据】乐山嘉州律师事务所' },
        outcome: '【示例数据】调解结案，追回工资。',
      }),
    );
    expect(wrapper.get('[data-testid="assignee"]').text()).toContain('王律师（律师）');
    expect(wrapper.get('[data-testid="assignee"]').text()).toContain('【示例数据】乐山嘉州律师事务所');
    expect(wrapper.get('[data-testid="outcome"]').text()).toBe('【示例数据】调解结案，追回工资。');
  });

  it('says so when the application does not exist', async () => {
    const { wrapper } = await open(() => jsonResponse({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, 404));
    expect(wrapper.get('[data-testid="not-found"]').text()).toContain(zh.track.notFound);
  });

  it('lets a refused applicant object with a reason and the version, showing the review rule', async () => {
    const refused = application({ status: 'refused', version: 5 });
    const { wrapper, bodies } = await open(refused, { [`POST ${PATH}/transitions`]: () => application({ status: 'objected', version: 6 }) });
    const form = wrapper.get('[data-action-form="object"]');
    expect(form.text()).toContain('5 个工作日内进行审查');
    await form.trigger('submit');
    await settle();
    expect(bodies[`POST ${PATH}/transitions`]).toBeUndefined();
    expect(form.text()).toContain(zh.track.objection.required);
    await form.get('textarea').setValue('我的家庭收入低于标准，请复查');
    await form.trigger('submit');
    await settle();
    expect(bodies[`POST ${PATH}/transitions`]).toEqual([{ action: 'object', version: 5, reason: '我的家庭收入低于标准，请复查' }]);
  });

  it('does not offer a second objection', async () => {
    const again = application({
      status: 'refused',
      history: [
        ...application().history,
        { at: '2026-11-25T09:00:00Z', status: 'refused', action: 'refuse', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } },
        { at: '2026-11-26T09:00:00Z', status: 'objected', action: 'object', by: { id: APPLICANT_USER, displayName: '张三', role: 'citizen' } },
        { at: '2026-11-27T09:00:00Z', status: 'refused', action: 'reject_objection', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } },
      ],
    });
    const { wrapper } = await open(again);
    expect(wrapper.find('[data-action-form="object"]').exists()).toBe(false);
  });

  it('provides material with text and the version', async () => {
    const { wrapper, bodies } = await open(application({ status: 'needs_material', version: 7 }), {
      [`POST ${PATH}/transitions`]: () => application({ status: 'under_review', version: 8 }),
    });
    const form = wrapper.get('[data-action-form="provide_material"]');
    await form.get('textarea').setValue('已补充工资条和考勤记录');
    await form.trigger('submit');
    await settle();
    expect(bodies[`POST ${PATH}/transitions`]).toEqual([{ action: 'provide_material', version: 7, material: '已补充工资条和考勤记录' }]);
  });

  it('withdraws before a decision only after confirmation', async () => {
    const { wrapper, bodies } = await open(application(), { [`POST ${PATH}/transitions`]: withdrawn });
    await wrapper.get('button[data-action="withdraw"]').trigger('click');
    await settle();
    expect(bodies[`POST ${PATH}/transitions`]).toBeUndefined();
    expect(document.body.querySelector('[role="dialog"]')?.textContent).toContain(zh.track.withdraw.body);
    document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();
    expect(bodies[`POST ${PATH}/transitions`]).toEqual([{ action: 'withdraw', version: 3 }]);
  });

  it('reloads and says so in a toast on a 409 version conflict', async () => {
    const toasts = vi.spyOn(fwToastManager, 'add');
    const { wrapper, api } = await open(application(), { [`POST ${PATH}/transitions`]: conflict });
    await wrapper.get('button[data-action="withdraw"]').trigger('click');
    await settle();
    document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();
    expect(toasts).toHaveBeenCalledWith(expect.objectContaining({ description: zh.track.conflict, status: 'warning' }));
    expect(api.calls.filter((call) => call === `GET ${PATH}`)).toHaveLength(2);
  });

  it('shows a 400 on the objection reason beside the field, without reloading', async () => {
    const refused = application({ status: 'refused', version: 5 });
    const invalid = () =>
      jsonResponse({ type: 'about:blank', title: 'Bad request', status: 400, code: 'validation_failed', errors: [{ field: 'body.reason', message: '理由过短' }] }, 400);
    const { wrapper, api } = await open(refused, { [`POST ${PATH}/transitions`]: invalid });
    const form = wrapper.get('[data-action-form="object"]');
    await form.get('textarea').setValue('请复查');
    await form.trigger('submit');
    await settle();
    expect(form.text()).toContain('理由过短');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(api.calls.filter((call) => call === `GET ${PATH}`)).toHaveLength(1);
  });

  it('rates a closed application and then shows it as rated', async () => {
    let status: Schemas['ApplicationStatus'] = 'closed';
    const { wrapper, bodies } = await open(() => application({ status }), {
      'POST /evaluations': () => {
        status = 'evaluated';
        return jsonResponse({ id: DOCUMENT_ID, module: 'legal-aid', subjectType: 'application', subjectId: ID, level: 'very_satisfied', followUpConsent: false, regionId: 'leshan', createdAt: '2026-11-28T00:00:00Z', followUpStatus: 'not_required' }, 201);
      },
    });
    await radio(wrapper, casework.rating.levels.very_satisfied).trigger('click');
    await button(wrapper, '提交评价').trigger('click');
    await settle();
    expect(bodies['POST /evaluations']).toEqual([{ module: 'legal-aid', subjectType: 'application', subjectId: ID, level: 'very_satisfied' }]);
    expect(wrapper.get('[data-testid="rated"]').text()).toBe('已评价：非常满意');
  });

  it('asks a bad rating for details and consent before sending it', async () => {
    const { wrapper, bodies } = await open(application({ status: 'closed' }), {
      'POST /evaluations': () => jsonResponse({ id: DOCUMENT_ID, module: 'legal-aid', subjectType: 'application', subjectId: ID, level: 'very_dissatisfied', details: 'x', followUpConsent: true, regionId: 'leshan', createdAt: '2026-11-28T00:00:00Z', followUpStatus: 'pending' }, 201),
    });
    await radio(wrapper, casework.rating.levels.very_dissatisfied).trigger('click');
    await settle();
    await button(wrapper, '提交评价').trigger('click');
    await settle();
    expect(bodies['POST /evaluations']).toBeUndefined();
    const details = wrapper.get('.fw-rating textarea');
    await details.setValue('没人');
    await button(wrapper, '提交评价').trigger('click');
    await settle();
    expect(bodies['POST /evaluations']).toBeUndefined();
    expect(wrapper.get('[role="alert"]').text()).toBe('请至少用 5 个字说明问题');
    await details.setValue('两周没有人联系我');
    await wrapper.get('.fw-rating__follow-up [role="checkbox"]').trigger('click');
    await button(wrapper, '提交评价').trigger('click');
    await settle();
    expect(bodies['POST /evaluations']).toEqual([
      { module: 'legal-aid', subjectType: 'application', subjectId: ID, level: 'very_dissatisfied', details: '两周没有人联系我', followUpConsent: true },
    ]);
  });
});

describe('legal-aid confirmation page (提交成功)', () => {
  it('shows the reference, the decision period of the region and its due date, the tracking link and 12348', async () => {
    const api = fakeApi({ [`GET ${PATH}`]: () => application({ status: 'submitted' }) });
    const { wrapper } = await mountModule(legalAid, { path: `/legal-aid/submitted/${ID}`, region: leshan, fetch: api.fetch });
    await settle();
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('FY-511100-20261124-0001');
    expect(wrapper.text()).toContain(`收到完整申请材料之日起 ${leshan.legalAid.deadlines.decideWithinDays} 个工作日内`);
    expect(wrapper.text()).toContain(zh.confirmation.counting.working);
    expect(wrapper.get('[data-testid="decision-due"]').text()).toContain('2026年12月3日');
    expect(wrapper.get('[data-testid="track-link"]').attributes('href')).toBe(PATH);
    expect(wrapper.text()).toContain('12348');
  });
});

describe('legal-aid citizen messages', () => {
  const leaves = (tree: object, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

  it('has every key in English as in Chinese, and the definition keys in both', () => {
    expect(leaves(messages.en)).toEqual(leaves(messages['zh-CN']));
    expect(missingMessageKeys(legalAid)).toEqual([]);
  });
});
