import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { chooseFiles, jsonResponse, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import mediation from '../index.js';
import { messages } from '../messages/index.js';
import { citizenSession, EVIDENCE, mediationCase, problem, propertyCommittee, recordingApi, streetCommittee, villageCommittee } from './cases-fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const PATH = '/mediation/apply';

const divisions: Record<string, Schemas['Division'][]> = {
  '511100': [{ code: '511102', name: '市中区', level: 'county', parentCode: '511100', hasChildren: true }],
  '511102': [
    { code: '511102001', name: '张公桥街道', level: 'town', parentCode: '511102', hasChildren: false },
    { code: '511102002', name: '牟子镇', level: 'town', parentCode: '511102', hasChildren: false },
  ],
};

const listDivisions: FakeRoute = (_request, url) => divisions[url.searchParams.get('parentCode') ?? ''] ?? [];

async function openIntake(routes: Record<string, FakeRoute> = {}) {
  const api = recordingApi({ 'GET /auth/me': () => citizenSession, 'GET /divisions': listDivisions, ...routes });
  const mounted = await mountModule(mediation, { path: PATH, fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api };
}

function fieldNamed(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('.fw-form-field').find((candidate) => candidate.find('.fw-form-field__label-text').text() === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return found;
}

async function choosePlace(wrapper: VueWrapper, town = '511102001') {
  await wrapper.get('.fw-division__select').setValue('511102');
  await settle();
  await wrapper.get('[data-testid="place-town"]').setValue(town);
  await settle();
}

async function fillDispute(wrapper: VueWrapper) {
  await wrapper.get('[data-testid="dispute-type"]').setValue('neighbour');
  await choosePlace(wrapper);
  await fieldNamed(wrapper, zh.apply.fields.summary).get('textarea').setValue('【示例数据】楼上邻居装修噪音持续到深夜，协商未果。');
  const respondent = wrapper.get('[data-party="1"]');
  await respondent.findAll('input')[0]!.setValue('李四');
  await settle();
}

async function submit(wrapper: VueWrapper) {
  await wrapper.get('form.fw-mediation-intake').trigger('submit');
  await settle();
}

/** Picks a file in the upload area of one kind of document. */
const chooseFile = (wrapper: VueWrapper, kind: string, file: File) => chooseFiles(wrapper.get(`[data-kind="${kind}"]`), [file]);

const routingTo = (answer: Schemas['MediationRouting']) => ({ 'GET /mediation/routing': () => answer });

describe('mediation intake (申请人民调解)', () => {
  it('sends a signed-out visitor to sign in and back', async () => {
    const api = recordingApi({ 'GET /auth/me': () => problem(401, 'unauthorized', 'Unauthorized') });
    const { wrapper } = await mountModule(mediation, { path: PATH, fetch: api.fetch });
    await settle();
    expect(wrapper.text()).toContain(zh.apply.signIn.body);
    const url = new URL(wrapper.get('[data-testid="sign-in"]').attributes('href')!, 'http://portal.test');
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('redirect')).toBe(PATH);
  });

  it('says mediation is free, prefills the applicant and checks the required fields before sending', async () => {
    const { wrapper, api } = await openIntake();
    expect(wrapper.text()).toContain(zh.apply.free);
    expect((wrapper.get('[data-party="0"] input').element as HTMLInputElement).value).toBe('王小明');
    await submit(wrapper);
    const text = wrapper.text();
    for (const message of [zh.apply.errors.disputeType, zh.apply.errors.place, zh.apply.errors.summary, zh.apply.errors.name, zh.routing.required]) expect(text).toContain(message);
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  it('refuses a summary shorter than ten characters', async () => {
    const { wrapper } = await openIntake();
    const summary = fieldNamed(wrapper, zh.apply.fields.summary);
    await summary.get('textarea').setValue('吵架');
    await summary.get('textarea').trigger('blur');
    await settle();
    expect(summary.text()).toContain(zh.apply.errors.summary);
  });

  it('adds and removes respondents but keeps at least one', async () => {
    const { wrapper } = await openIntake();
    expect(wrapper.find('[data-remove-party="1"]').exists()).toBe(false);
    await wrapper.get('[data-testid="add-respondent"]').trigger('click');
    expect(wrapper.findAll('[data-party]')).toHaveLength(3);
    await wrapper.get('[data-remove-party="2"]').trigger('click');
    expect(wrapper.findAll('[data-party]')).toHaveLength(2);
  });

  it('proposes the committee of the place with its reason and offers the alternatives', async () => {
    const { wrapper, api } = await openIntake(routingTo({ committee: streetCommittee, reason: 'township_of_place', alternatives: [propertyCommittee] }));
    expect(wrapper.text()).toContain(zh.routing.waiting);
    await wrapper.get('[data-testid="dispute-type"]').setValue('neighbour');
    await choosePlace(wrapper);
    expect(api.calls).toContain('GET /mediation/routing?regionId=leshan&divisionCode=511102001&disputeType=neighbour');
    expect(wrapper.get('[data-testid="proposed-committee"]').text()).toContain(streetCommittee.name);
    expect(wrapper.get('[data-testid="routing-reason"]').text()).toBe(zh.routing.reasons.township_of_place);
    const radios = wrapper.findAll('[data-testid="committee-choice"] [role="radio"], [data-testid="committee-choice"] input[type="radio"]');
    expect(radios.length).toBe(2);
    expect(wrapper.get('[data-testid="committee-choice"]').text()).toContain(propertyCommittee.name);
  });

  it('makes the applicant choose when the place is too broad, and gives 12348 when no committee covers it', async () => {
    let answer: Schemas['MediationRouting'] = { reason: 'place_too_broad', alternatives: [streetCommittee, villageCommittee] };
    const { wrapper } = await openIntake({ 'GET /mediation/routing': () => answer });
    await wrapper.get('[data-testid="dispute-type"]').setValue('neighbour');
    await wrapper.get('.fw-division__select').setValue('511102');
    await settle();
    expect(wrapper.find('[data-testid="proposed-committee"]').exists()).toBe(false);
    expect(wrapper.text()).toContain(zh.routing.mustChoose);
    expect(wrapper.get('[data-testid="routing-reason"]').text()).toBe(zh.routing.reasons.place_too_broad);

    answer = { reason: 'none_covering', alternatives: [] };
    await wrapper.get('[data-testid="dispute-type"]').setValue('medical');
    await settle();
    expect(wrapper.get('[data-testid="no-committee"]').text()).toContain('12348');
  });

  it('files the dispute with its evidence and an Idempotency-Key, and shows the reference and the tracking link', async () => {
    const created = mediationCase({ documents: [EVIDENCE] });
    const { wrapper, api } = await openIntake({
      ...routingTo({ committee: streetCommittee, reason: 'township_of_place', alternatives: [] }),
      'POST /documents': () => jsonResponse(EVIDENCE, 201),
      'POST /mediation/cases': () => jsonResponse(created, 201),
    });
    await fillDispute(wrapper);
    await fieldNamed(wrapper, zh.apply.fields.address).get('input').setValue('【示例】青果山路 8 号');
    await chooseFile(wrapper, 'case_material', new File(['%PDF-1.4'], EVIDENCE.name, { type: 'application/pdf' }));
    expect(api.calls).toContain(`POST /documents?name=${encodeURIComponent(EVIDENCE.name)}&kind=case_material`);
    await submit(wrapper);
    const [post] = api.sent.filter((entry) => entry.route === 'POST /mediation/cases');
    expect(post!.body).toEqual({
      regionId: 'leshan',
      disputeType: 'neighbour',
      place: { divisionCode: '511102001', address: '【示例】青果山路 8 号' },
      summary: '【示例数据】楼上邻居装修噪音持续到深夜，协商未果。',
      parties: [
        { role: 'applicant', name: '王小明' },
        { role: 'respondent', name: '李四' },
      ],
      committeeId: streetCommittee.id,
      documentIds: [EVIDENCE.id],
    });
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[A-Za-z0-9_-]{8,128}$/);
    expect(wrapper.get('[data-testid="reference"]').text()).toBe(created.reference);
    expect(wrapper.get('[data-testid="track-link"]').attributes('href')).toBe(`/mediation/cases/${created.id}`);
  });

  it('offers evidence, identity and other documents, and shows a refused file by its name without losing the form', async () => {
    const { wrapper } = await openIntake({
      'POST /documents': () => problem(415, 'unsupported_document_type', 'not a PDF, JPEG or PNG'),
    });
    expect(wrapper.findAll('[data-kind]').map((area) => area.attributes('data-kind'))).toEqual(['case_material', 'id_card', 'other']);
    await fillDispute(wrapper);
    await chooseFile(wrapper, 'id_card', new File(['MZ'], '身份证.pdf', { type: 'application/pdf' }));
    const item = wrapper.get('[data-kind="id_card"] .fw-file-upload__item--error');
    expect(item.text()).toContain('服务器没有接受“身份证.pdf”：只能上传 PDF、JPG、PNG 文件');
    expect((fieldNamed(wrapper, zh.apply.fields.summary).get('textarea').element as HTMLTextAreaElement).value).toContain('楼上邻居');
  });

  it('retries with the same Idempotency-Key and shows the server field errors beside their fields', async () => {
    const { wrapper, api } = await openIntake({
      ...routingTo({ committee: streetCommittee, reason: 'township_of_place', alternatives: [] }),
      'POST /mediation/cases': () => problem(400, 'validation_failed', 'Invalid', [{ field: 'body.parties.1.name', message: '被申请人姓名不能是申请人本人' }]),
    });
    await fillDispute(wrapper);
    await submit(wrapper);
    await submit(wrapper);
    expect(wrapper.get('[data-party="1"]').text()).toContain('被申请人姓名不能是申请人本人');
    const keys = api.sent.filter((entry) => entry.route === 'POST /mediation/cases').map((entry) => entry.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });
});
