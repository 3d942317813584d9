import { enableAutoUnmount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { chooseFiles, fakeApi, jsonResponse, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { loadBuiltInRegions } from '@fawang/regions/node';
import legalAid from '../index.js';
import { messages } from '../messages/index.js';
import { SAVE_DELAY_MS } from '@fawang/module-kit/casework';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const leshan = (await loadBuiltInRegions()).get('leshan')!;
const PATH = '/legal-aid/apply';
const USER = '00000000-0000-4000-8000-0000000000aa';
const DOCUMENT_ID = '00000000-0000-4000-8000-0000000000d1';
const CREATED_ID = '00000000-0000-4000-8000-000000000099';

const session: Schemas['Session'] = {
  user: { id: USER, username: 'zhang', displayName: '张*', role: 'citizen', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'csrf',
  expiresAt: '2026-12-31T00:00:00Z',
};

const scan: Schemas['StoredDocument'] = {
  id: DOCUMENT_ID,
  name: '身份证.pdf',
  kind: 'id_card',
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-25T01:00:00Z',
};

/** A draft of a complete application (the pledge is never stored: it is signed at submission). */
function draft(data: Partial<Schemas['LegalAidDraftData']> = {}, version = 4): Schemas['LegalAidDraft'] {
  return {
    regionId: 'leshan',
    version,
    updatedAt: '2026-11-25T02:30:00Z',
    documents: [scan],
    data: {
      step: 0,
      matterType: 'civil',
      categories: ['migrant_worker_wages'],
      opposingParty: '【示例数据】某建筑公司',
      caseSummary: '【示例数据】工地拖欠三个月工资，多次讨要未果。',
      applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000', address: '【示例数据】乐山市市中区' },
      household: { size: 3, monthlyIncome: 2400 },
      documentIds: [DOCUMENT_ID],
      ...data,
    },
  };
}

async function openApply(routes: Record<string, FakeRoute>) {
  const bodies: Record<string, unknown[]> = {};
  const headers: Record<string, Headers[]> = {};
  const recorded = Object.fromEntries(
    Object.entries(routes).map(([route, answer]) => [
      route,
      async (request: Request, url: URL) => {
        const text = await request.clone().text();
        (bodies[route] ??= []).push(text && request.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text);
        (headers[route] ??= []).push(request.headers);
        return answer(request, url);
      },
    ]),
  );
  const api = fakeApi({ 'GET /auth/me': () => session, ...recorded });
  const mounted = await mountModule(legalAid, { path: PATH, region: leshan, fetch: api.fetch });
  await settle();
  expect(mounted.errors).toEqual([]);
  return { ...mounted, api, bodies, headers };
}

const heading = (wrapper: VueWrapper) => wrapper.get('.fw-wizard__heading').text();
const stepHeading = (n: number, title: string) => `第 ${n} 步：${title}`;

function field(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('.fw-form-field').find((candidate) => candidate.find('.fw-form-field__label-text').text() === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return found;
}

function button(wrapper: VueWrapper, text: string) {
  const found = wrapper.findAll('button').find((candidate) => candidate.text() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function next(wrapper: VueWrapper) {
  await button(wrapper, '下一步').trigger('click');
  await settle();
}

const conflict = () => jsonResponse({ type: 'about:blank', title: 'Conflict', status: 409, code: 'version_conflict', detail: 'The draft changed meanwhile' }, 409);

describe('legal-aid application wizard (申请法律援助)', () => {
  it('tells a signed-out visitor why and links to the sign-in page with a way back', async () => {
    const api = fakeApi({ 'GET /auth/me': () => jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }, 401) });
    const { wrapper } = await mountModule(legalAid, { path: PATH, region: leshan, fetch: api.fetch });
    await settle();
    expect(wrapper.text()).toContain(zh.apply.signIn.body);
    const href = wrapper.get('[data-testid="sign-in"]').attributes('href')!;
    const url = new URL(href, 'http://portal.test');
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('redirect')).toBe(PATH);
    expect(api.calls).toEqual(['GET /auth/me']);
  });

  it('loads the server draft and resumes at its step', async () => {
    const { wrapper, api } = await openApply({ 'GET /legal-aid/draft': () => draft({ step: 2 }) });
    expect(api.calls).toContain('GET /legal-aid/draft?regionId=leshan');
    expect(heading(wrapper)).toBe(stepHeading(3, zh.apply.steps.household));
    expect(field(wrapper, zh.apply.fields.householdSize).get('input').element.value).toBe('3');
    // The estimate for these answers: a §42 migrant worker is exempt from verification.
    expect(wrapper.text()).toContain(zh.selfCheck.result.outcomes.exempt_from_verification);
    expect(wrapper.get('[data-testid="draft-status"]').text()).toMatch(/^草稿已保存 \d\d:\d\d$/);
  });

  it('saves edits a second after typing, with the version it loaded', async () => {
    const saved = draft({ caseSummary: '【示例数据】工地拖欠四个月工资，多次讨要未果。' }, 5);
    const { wrapper, bodies } = await openApply({ 'GET /legal-aid/draft': () => draft(), 'PUT /legal-aid/draft': () => saved });
    await field(wrapper, zh.apply.fields.caseSummary).get('textarea').setValue('【示例数据】工地拖欠四个月工资，多次讨要未果。');
    expect(bodies['PUT /legal-aid/draft']).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    await settle();
    expect(bodies['PUT /legal-aid/draft']).toEqual([
      {
        regionId: 'leshan',
        version: 4,
        data: expect.objectContaining({ step: 0, caseSummary: '【示例数据】工地拖欠四个月工资，多次讨要未果。', documentIds: [DOCUMENT_ID] }),
      },
    ]);
    // The next save sends the version the server answered with, here on a step change.
    await next(wrapper);
    expect(bodies['PUT /legal-aid/draft']![1]).toEqual(expect.objectContaining({ version: 5, data: expect.objectContaining({ step: 1 }) }));
  });

  it('reloads the draft and says so when another device saved it meanwhile (409)', async () => {
    let loads = 0;
    const newer = draft({ caseSummary: '【示例数据】在手机上改过的案情简述。' }, 6);
    const { wrapper } = await openApply({
      'GET /legal-aid/draft': () => (++loads === 1 ? draft() : newer),
      'PUT /legal-aid/draft': conflict,
    });
    await field(wrapper, zh.apply.fields.caseSummary).get('textarea').setValue('【示例数据】在电脑上改的案情简述。');
    await next(wrapper);
    expect(loads).toBe(2);
    expect(wrapper.get('[data-testid="draft-status"]').text()).toBe(zh.apply.draft.conflict);
    expect(wrapper.get('[data-testid="draft-status"]').attributes('aria-live')).toBe('polite');
    // The latest draft is what the form now holds.
    expect(heading(wrapper)).toBe(stepHeading(1, zh.apply.steps.matter));
    expect(field(wrapper, zh.apply.fields.caseSummary).get('textarea').element.value).toBe('【示例数据】在手机上改过的案情简述。');
  });

  it('keeps the person on a step with errors, naming the field and focusing it', async () => {
    const { wrapper } = await openApply({ 'GET /legal-aid/draft': () => draft({ caseSummary: '太短' }), 'PUT /legal-aid/draft': () => draft() });
    await next(wrapper);
    expect(heading(wrapper)).toBe(stepHeading(1, zh.apply.steps.matter));
    const summary = field(wrapper, zh.apply.fields.caseSummary);
    expect(summary.get('.fw-form-field__error').text()).toContain(zh.apply.errors.caseSummaryShort);
    expect(document.activeElement).toBe(summary.get('textarea').element);
  });

  it('checks the ID number (GB 11643) before leaving the applicant step', async () => {
    const { wrapper } = await openApply({
      'GET /legal-aid/draft': () => draft({ step: 1, applicant: { name: '张三', idNumber: '110105194912310021', phone: '13800138000', address: '乐山' } }),
      'PUT /legal-aid/draft': () => draft(),
    });
    await next(wrapper);
    expect(heading(wrapper)).toBe(stepHeading(2, zh.apply.steps.applicant));
    const id = field(wrapper, zh.apply.fields.idNumber);
    expect(id.classes()).toContain('fw-form-field--invalid');
    expect(id.element.contains(document.activeElement)).toBe(true);
  });

  it('shows a 415 refusal of the server next to the file, by its name', async () => {
    const { wrapper, api } = await openApply({
      'GET /legal-aid/draft': () => draft({ step: 3 }),
      'POST /documents': () =>
        jsonResponse({ type: 'about:blank', title: 'Unsupported Media Type', status: 415, code: 'unsupported_document_type', detail: 'not a PDF, JPEG or PNG' }, 415),
    });
    expect(heading(wrapper)).toBe(stepHeading(4, zh.apply.steps.documents));
    const area = field(wrapper, zh.documents.kinds.case_material);
    // Named .pdf and typed as one, so the browser's courtesy check lets it through; the server reads the content.
    await chooseFiles(area, [new File(['MZ not a pdf'], '合同.pdf', { type: 'application/pdf' })]);
    expect(api.calls).toContain(`POST /documents?name=${encodeURIComponent('合同.pdf')}&kind=case_material`);
    const item = area.get('.fw-file-upload__item--error');
    expect(item.text()).toContain('合同.pdf');
    expect(item.text()).toContain('服务器没有接受“合同.pdf”：只能上传 PDF、JPG、PNG 文件');
    // The stored document of the draft is listed under its own kind.
    expect(field(wrapper, zh.documents.kinds.id_card).text()).toContain('身份证.pdf');
  });

  it('waits for a file still uploading before leaving the documents step, then lists it on the review', async () => {
    let answer!: (response: Response) => void;
    const stored: Schemas['StoredDocument'] = { ...scan, id: '00000000-0000-4000-8000-0000000000d2', name: '欠条.pdf', kind: 'case_material' };
    const { wrapper } = await openApply({
      'GET /legal-aid/draft': () => draft({ step: 3 }),
      'PUT /legal-aid/draft': () => draft({ step: 3 }, 5),
      'POST /documents': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    await chooseFiles(field(wrapper, zh.documents.kinds.case_material), [new File(['%PDF-1.4'], '欠条.pdf', { type: 'application/pdf' })]);
    // 下一步 while the upload runs: leaving the step would abort it, so the wizard stays and is busy.
    const moving = button(wrapper, '下一步').trigger('click');
    await settle();
    expect(heading(wrapper)).toBe(stepHeading(4, zh.apply.steps.documents));
    expect(wrapper.findAll('button').find((b) => b.text().includes('下一步'))?.attributes('aria-busy')).toBe('true');
    answer(jsonResponse(stored, 201));
    await moving;
    await settle();
    expect(heading(wrapper)).toBe(stepHeading(5, zh.apply.steps.pledge));
  });

  it('waits for a file still uploading before going back from the documents step, keeping it', async () => {
    let answer!: (response: Response) => void;
    const stored: Schemas['StoredDocument'] = { ...scan, id: '00000000-0000-4000-8000-0000000000d3', name: '借条.pdf', kind: 'case_material' };
    const { wrapper } = await openApply({
      'GET /legal-aid/draft': () => draft({ step: 3 }),
      'PUT /legal-aid/draft': () => draft({ step: 2 }, 5),
      'POST /documents': () => new Promise<Response>((resolve) => (answer = resolve)),
    });
    await chooseFiles(field(wrapper, zh.documents.kinds.case_material), [new File(['%PDF-1.4'], '借条.pdf', { type: 'application/pdf' })]);
    // 上一步 while the upload runs: the wizard stays on the step until the file is stored, then goes back.
    const going = button(wrapper, '上一步').trigger('click');
    await settle();
    expect(heading(wrapper)).toBe(stepHeading(4, zh.apply.steps.documents));
    answer(jsonResponse(stored, 201));
    await going;
    await settle();
    expect(heading(wrapper)).toBe(stepHeading(3, zh.apply.steps.household));
    await next(wrapper);
    expect(field(wrapper, zh.documents.kinds.case_material).text()).toContain('借条.pdf');
  });

  it('maps a server field error back to its step and field', async () => {
    const invalid = () =>
      jsonResponse(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'body.applicant.idNumber', message: '身份证号码与姓名不符', code: 'invalid' }],
        },
        400,
      );
    const { wrapper } = await openApply({ 'GET /legal-aid/draft': () => draft({ step: 4 }), 'PUT /legal-aid/draft': () => draft(), 'POST /legal-aid/applications': invalid });
    await wrapper.get('[role="checkbox"]').trigger('click');
    await next(wrapper);
    expect(heading(wrapper)).toBe(stepHeading(6, zh.apply.steps.review));
    await button(wrapper, zh.apply.submit).trigger('click');
    await settle();
    expect(heading(wrapper)).toBe(stepHeading(2, zh.apply.steps.applicant));
    const id = field(wrapper, zh.apply.fields.idNumber);
    expect(id.get('.fw-form-field__error').text()).toContain('身份证号码与姓名不符');
    expect(id.element.contains(document.activeElement)).toBe(true);
  });

  it('submits with the pledge, the documents and one idempotency key that a retry reuses, then shows the confirmation', async () => {
    let attempts = 0;
    const created = { id: CREATED_ID, reference: 'FY-511100-20261125-0001' };
    const { wrapper, router, bodies, headers } = await openApply({
      'GET /legal-aid/draft': () => draft({ step: 4 }),
      'PUT /legal-aid/draft': () => draft({ step: 5 }, 5),
      'POST /legal-aid/applications': () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return jsonResponse(created, 201);
      },
      [`GET /legal-aid/applications/${CREATED_ID}`]: () => jsonResponse({ message: 'not needed here' }, 404),
    });
    // The pledge is required before the summary.
    await next(wrapper);
    expect(field(wrapper, zh.pledge.heading).text()).toContain(zh.apply.errors.pledge);
    await wrapper.get('[role="checkbox"]').trigger('click');
    await next(wrapper);
    expect(wrapper.text()).toContain('身份证.pdf');

    await button(wrapper, zh.apply.submit).trigger('click');
    await settle();
    expect(wrapper.get('[role="alert"]').text()).toBe(zh.apply.errors.network);
    await button(wrapper, zh.apply.submit).trigger('click');
    await settle();

    const sent = bodies['POST /legal-aid/applications']!;
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]).toEqual({
      regionId: 'leshan',
      matterType: 'civil',
      caseSummary: '【示例数据】工地拖欠三个月工资，多次讨要未果。',
      opposingParty: '【示例数据】某建筑公司',
      categories: ['migrant_worker_wages'],
      applicant: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000', address: '【示例数据】乐山市市中区' },
      household: { size: 3, monthlyIncome: 2400 },
      pledgeSigned: true,
      submit: true,
      documentIds: [DOCUMENT_ID],
    });
    const keys = headers['POST /legal-aid/applications']!.map((sentHeaders) => sentHeaders.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(router.currentRoute.value.path).toBe(`/legal-aid/submitted/${CREATED_ID}`);
  });

  it('discards the draft after confirmation and starts again', async () => {
    const { wrapper, api } = await openApply({ 'GET /legal-aid/draft': () => draft({ step: 2 }), 'DELETE /legal-aid/draft': () => new Response(null, { status: 204 }) });
    await wrapper.get('[data-testid="discard-draft"]').trigger('click');
    await settle();
    const confirm = document.body.querySelector<HTMLButtonElement>('[data-testid="discard-confirm"]')!;
    confirm.click();
    await settle();
    expect(api.calls).toContain('DELETE /legal-aid/draft?regionId=leshan');
    expect(heading(wrapper)).toBe(stepHeading(1, zh.apply.steps.matter));
    expect(field(wrapper, zh.apply.fields.caseSummary).get('textarea').element.value).toBe('');
  });
});
