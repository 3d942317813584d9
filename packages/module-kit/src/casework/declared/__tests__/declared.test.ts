import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { anyDeclared } from '@fawang/workflow';
import { consultCase } from '@fawang/workflow/consult';
import { listPage, missingMessageKeys, mountModule, settle, type FakeRoute } from '../../../testing/index.js';
import { caseworkMessages } from '../../messages.js';
import { declaredCaseUi } from '../ui.js';
import { defineDeclaredCaseWords } from '../words.js';
import { CASE_ID, centre, citizenSession, consultCaseOf, consultModule, messages, problem, recordingApi } from './fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const kit = caseworkMessages['zh-CN'].casework.declared;
const CASES = 'POST /modules/consult/cases';
const TRANSITIONS = `POST /modules/consult/cases/${CASE_ID}/transitions`;

async function openIntake(routes: Record<string, FakeRoute> = {}) {
  const api = recordingApi({ 'GET /auth/me': () => citizenSession, 'GET /organizations': () => listPage([centre]), ...routes });
  const mounted = await mountModule(consultModule, { path: '/consult/apply', fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api };
}

const field = (wrapper: VueWrapper, key: string) => wrapper.get(`[data-field="${key}"]`);

async function fill(wrapper: VueWrapper, values: { subject?: string; details?: string; channel?: string; phone?: string } = {}) {
  await wrapper.get('[data-testid="organization"]').setValue(centre.id);
  await field(wrapper, 'subject').get('input').setValue(values.subject ?? '劳动合同解除后的经济补偿');
  await field(wrapper, 'details').get('textarea').setValue(values.details ?? '公司未提前通知即解除劳动合同。');
  const radio = field(wrapper, 'channel').findAll('[role="radio"]').find((candidate) => candidate.attributes('value') === (values.channel ?? 'phone'));
  await radio!.trigger('click');
  await field(wrapper, 'phone').get('input').setValue(values.phone ?? '13800138000');
  await settle();
}

async function submit(wrapper: VueWrapper) {
  await wrapper.get('form[data-testid="declared-intake"]').trigger('submit');
  await settle();
}

describe('declared case module (definition)', () => {
  it('draws the look from the definition: refusals danger, withdrawn neutral, concluded and rated success', () => {
    const ui = declaredCaseUi(anyDeclared(consultCase));
    expect(['draft', 'submitted', 'accepted', 'declined', 'concluded', 'withdrawn', 'evaluated'].map((state) => ui.tone(state))).toEqual(['neutral', 'info', 'info', 'danger', 'success', 'neutral', 'success']);
    expect(['accept', 'decline', 'conclude', 'withdraw'].map((action) => ui.variant(action))).toEqual(['secondary', 'danger', 'primary', 'secondary']);
    expect(declaredCaseUi(anyDeclared(consultCase), { variants: { accept: 'primary' } }).variant('accept')).toBe('primary');
  });

  it('routes the directory, intake, tracking, 我的 and the queue, with the staff roles of the definition', () => {
    expect(consultModule.routes.map((route) => [route.path, route.name])).toEqual([
      ['', 'consult:directory'],
      ['apply', 'consult:apply'],
      ['cases/:id', 'consult:case'],
    ]);
    expect(consultModule.caseRoute).toBe('consult:case');
    expect(consultModule.permissions).toEqual({ handle: ['bureau_admin'] });
    expect(consultModule.homeCards?.map((card) => [card.id, card.mode])).toEqual([
      ['directory', 'partial'],
      ['apply', 'online'],
    ]);
    expect(missingMessageKeys(consultModule)).toEqual([]);
  });

  it('fails the typecheck without the words of a status, an action or a clock', () => {
    const { evaluated, ...statuses } = zh.statuses;
    const { answer, ...deadlineKinds } = zh.deadlineKinds;
    void [evaluated, answer];
    // @ts-expect-error: the evaluated status has no words
    expect(() => defineDeclaredCaseWords(consultCase, { 'zh-CN': { ...zh, statuses }, en: zh })).not.toThrow();
    // @ts-expect-error: the answer clock has no words
    expect(() => defineDeclaredCaseWords(consultCase, { 'zh-CN': { ...zh, deadlineKinds }, en: zh })).not.toThrow();
    const { withdraw, ...names } = zh.actions.names;
    void withdraw;
    // @ts-expect-error: the withdraw action has no name
    expect(() => defineDeclaredCaseWords(consultCase, { 'zh-CN': zh, en: { ...zh, actions: { ...zh.actions, names } } })).not.toThrow();
  });

  it('refuses words without a field label or a choice word', () => {
    const { channel, ...fields } = zh.fields;
    void channel;
    const without = { ...zh, fields: { ...fields, channel: { label: '答复方式', options: { in_person: '当面', phone: '电话' } } } };
    expect(() => defineDeclaredCaseWords(consultCase, { 'zh-CN': without, en: zh } as never)).toThrow('zh-CN:fields.channel.options.online');
  });
});

describe('declared intake', () => {
  it('sends a signed-out visitor to sign in and back', async () => {
    const api = recordingApi({ 'GET /auth/me': () => problem(401, 'unauthorized', 'Unauthorized') });
    const { wrapper } = await mountModule(consultModule, { path: '/consult/apply', fetch: api.fetch });
    await settle();
    const url = new URL(wrapper.get('[data-testid="sign-in"]').attributes('href')!, 'http://portal.test');
    expect([url.pathname, url.searchParams.get('redirect')]).toEqual(['/login', '/consult/apply']);
  });

  it('draws the declared fields with their controls, labels, hints and required marks', async () => {
    const { wrapper, api } = await openIntake();
    expect(wrapper.get('h1').text()).toBe(zh.apply.title);
    expect(api.calls).toContain('GET /organizations?type=service_centre&divisionCode=511100&page=1&pageSize=100&sort=name');
    expect(wrapper.get('[data-testid="organization"]').text()).toContain(centre.name);
    expect(wrapper.findAll('[data-field]').map((element) => element.attributes('data-field'))).toEqual(['subject', 'details', 'channel', 'phone', 'preferredDate']);
    expect(field(wrapper, 'subject').text()).toContain(zh.fields.subject.hint);
    expect(field(wrapper, 'subject').get('input').attributes('maxlength')).toBe('60');
    expect(field(wrapper, 'details').find('textarea').exists()).toBe(true);
    expect(field(wrapper, 'phone').get('input').attributes('type')).toBe('tel');
    expect(field(wrapper, 'channel').findAll('[role="radio"]').map((radio) => radio.attributes('value'))).toEqual(['in_person', 'phone', 'online']);
    expect(field(wrapper, 'channel').text()).toContain('当面');
    expect(field(wrapper, 'subject').find('.fw-form-field__required').exists()).toBe(true);
    expect(field(wrapper, 'preferredDate').find('.fw-form-field__required').exists()).toBe(false);
  });

  it('refuses missing and bad values before sending, with the error summary', async () => {
    const { wrapper, api } = await openIntake();
    await submit(wrapper);
    expect(wrapper.find('.fw-form__summary').exists()).toBe(true);
    expect(field(wrapper, 'subject').text()).toContain('请填写咨询事项');
    expect(field(wrapper, 'channel').text()).toContain('请选择答复方式');
    expect(wrapper.get('.fw-form__summary').text()).toContain(kit.problems.organization);
    await fill(wrapper, { phone: '12345' });
    await submit(wrapper);
    expect(field(wrapper, 'phone').text()).toContain('联系电话请填写手机号码');
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  it('files once with an Idempotency-Key and the fields, and shows the reference and the way to the case', async () => {
    const created = consultCaseOf();
    const { wrapper, api } = await openIntake({ [CASES]: () => created });
    await fill(wrapper, { subject: '  劳动合同解除后的经济补偿 ' });
    await submit(wrapper);
    const [post] = api.sent.filter((entry) => entry.route === CASES);
    expect(post!.body).toEqual({
      regionId: 'leshan',
      organizationId: centre.id,
      fields: { subject: '劳动合同解除后的经济补偿', details: '公司未提前通知即解除劳动合同。', channel: 'phone', phone: '13800138000' },
    });
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(wrapper.get('[data-testid="reference"]').text()).toBe(created.reference);
    expect(wrapper.get('[data-testid="filed"]').text()).toContain('受理期限');
    expect(wrapper.get('[data-testid="track-link"]').attributes('href')).toBe(`/consult/cases/${CASE_ID}`);
  });

  it('shows the server 400 beside its field and retries with the same key', async () => {
    const { wrapper, api } = await openIntake({
      [CASES]: () => problem(400, 'validation_failed', 'Invalid', [{ field: 'body.fields.subject', message: '咨询事项不能只有标点' }]),
    });
    await fill(wrapper);
    await submit(wrapper);
    await submit(wrapper);
    expect(field(wrapper, 'subject').text()).toContain('咨询事项不能只有标点');
    expect(wrapper.find('.fw-form__summary').text()).toContain('咨询事项不能只有标点');
    const keys = api.sent.filter((entry) => entry.route === CASES).map((entry) => entry.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});

describe('declared tracking page', () => {
  async function track(full: Schemas['ModuleCase'], routes: Record<string, FakeRoute> = {}) {
    let current = full;
    const api = recordingApi({ [`GET /modules/consult/cases/${CASE_ID}`]: () => current, ...routes });
    const mounted = await mountModule(consultModule, { path: `/consult/cases/${CASE_ID}`, fetch: api.fetch });
    await settle();
    expect(mounted.errors).toEqual([]);
    return { ...mounted, api, become: (next: Schemas['ModuleCase']) => (current = next) };
  }

  it('shows the case as filed, in words, and the outcome once it ended', async () => {
    const { wrapper } = await track(consultCaseOf({ status: 'declined', outcomeReason: '不属于本中心受理范围' }));
    expect(wrapper.get('h1').text()).toBe(zh.track.title);
    expect(wrapper.get('[data-testid="reference"]').text()).toBe('FZ-511102-20261207-0A1B2C3D');
    expect(wrapper.get('[data-testid="status"]').text()).toContain('不予受理');
    expect(wrapper.get('[data-testid="organization"]').text()).toBe(centre.name);
    expect(wrapper.get('[data-field-value="channel"]').text()).toBe('电话');
    expect(wrapper.get('[data-field-value="preferredDate"]').text()).toBe('2026年12月15日');
    expect(wrapper.get('[data-testid="outcome"]').text()).toBe('不属于本中心受理范围');
    expect(wrapper.text()).toContain('受理期限');
    expect(wrapper.find('[data-testid="withdraw"]').exists()).toBe(false);
  });

  it('lets the applicant withdraw an open case after confirming', async () => {
    const withdrawn = consultCaseOf({ status: 'withdrawn', version: 3 });
    const { wrapper, api, become } = await track(consultCaseOf({ status: 'accepted' }), { [TRANSITIONS]: () => withdrawn });
    expect(wrapper.find('#fw-declared-consult-rating').exists()).toBe(false);
    become(withdrawn);
    await wrapper.get('[data-testid="withdraw"]').trigger('click');
    await settle();
    document.body.querySelector<HTMLButtonElement>('[data-testid="withdraw-confirm"]')!.click();
    await settle();
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'withdraw', version: 2 }]);
    expect(wrapper.text()).toContain('已撤回');
    expect(wrapper.find('[data-testid="withdraw"]').exists()).toBe(false);
  });

  it('offers the rating once concluded', async () => {
    const { wrapper } = await track(consultCaseOf({ status: 'concluded', outcomeReason: '已电话答复' }));
    expect(wrapper.get('#fw-declared-consult-rating').text()).toBe(zh.rating.heading);
  });
});

describe('declared workbench', () => {
  it('lists the cases with the status and overdue filters, and 我的 lists the citizen own', async () => {
    const { fields, history, deadlines, documents, version, outcomeReason, ...summary } = consultCaseOf({ overdue: true });
    void [fields, history, deadlines, documents, version, outcomeReason];
    const api = recordingApi({ 'GET /modules/consult/cases': () => listPage([{ ...summary, applicantName: '王*明' }]) });
    const { wrapper, router } = await mountModule(consultModule, { path: '/workbench/consult/?status=submitted', fetch: api.fetch });
    await settle();
    expect(wrapper.get('h1').text()).toBe(zh.workbench.queue.title);
    expect(router.currentRoute.value.meta).toMatchObject({ roles: ['bureau_admin'] });
    expect(api.calls).toEqual(['GET /modules/consult/cases?page=1&pageSize=10&status=submitted']);
    expect(wrapper.get('tbody').text()).toContain('王*明');
    expect(wrapper.get('tbody').text()).toContain(centre.name);
    expect(wrapper.find('tbody [data-testid="overdue-badge"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="overdue-filter"]').exists()).toBe(true);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/workbench/consult?status=submitted&id=${CASE_ID}`);

    const mine = await mountModule(consultModule, { component: consultModule.account![0]!.component, fetch: api.fetch });
    await settle();
    expect(mine.wrapper.get('caption').text()).toBe(zh.account.cases);
    expect(mine.wrapper.get('tbody a').attributes('href')).toBe(`/consult/cases/${CASE_ID}`);
  });

  it('shows the staff actions and asks a reason for a refusal', async () => {
    const masked = consultCaseOf({ applicantName: '王*明', fields: { ...consultCaseOf().fields, phone: '138****8000' } });
    const api = recordingApi({
      [`GET /modules/consult/cases/${CASE_ID}`]: () => masked,
      [TRANSITIONS]: () => consultCaseOf({ status: 'declined', version: 3, outcomeReason: '不属于受理范围' }),
    });
    const { wrapper, errors } = await mountModule(consultModule, { path: `/workbench/consult/?id=${CASE_ID}`, fetch: api.fetch });
    await settle();
    expect(errors).toEqual([]);
    expect(wrapper.get('h1').text()).toContain(masked.reference);
    expect(wrapper.get('[data-field-value="phone"]').text()).toBe('138****8000');
    expect(wrapper.get('[data-testid="applicant"]').text()).toBe('王*明');
    expect(wrapper.findAll('button[data-action]').map((button) => button.attributes('data-action'))).toEqual(['accept', 'decline']);

    await wrapper.get('button[data-action="decline"]').trigger('click');
    await settle();
    const form = document.body.querySelector<HTMLFormElement>('[role="dialog"] form[data-action-form="decline"]')!;
    expect(form.textContent).toContain(zh.actions.reasons.decline);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(api.bodiesOf(TRANSITIONS)).toEqual([]);
    const reason = form.querySelector<HTMLTextAreaElement>('textarea')!;
    reason.value = '不属于受理范围';
    reason.dispatchEvent(new Event('input'));
    await settle();
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'decline', version: 2, reason: '不属于受理范围' }]);
  });

  it('accepts at once, without a dialog', async () => {
    const api = recordingApi({ [`GET /modules/consult/cases/${CASE_ID}`]: () => consultCaseOf(), [TRANSITIONS]: () => consultCaseOf({ status: 'accepted', version: 3 }) });
    const { wrapper } = await mountModule(consultModule, { path: `/workbench/consult/?id=${CASE_ID}`, fetch: api.fetch });
    await settle();
    await wrapper.get('button[data-action="accept"]').trigger('click');
    await settle();
    expect(api.bodiesOf(TRANSITIONS)).toEqual([{ action: 'accept', version: 2 }]);
  });
});
