/**
 * The application wizard's draft (申请草稿) on the real server: it survives a reload, a second tab gets a
 * version conflict instead of overwriting, documents are checked and listed, and submitting removes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestResponse, type TestServer } from '../support/server.js';
import { applicationInput, uniqueUsername } from './fixtures.js';
import { PNG_1X1, tinyPdf } from './document-bytes.js';

interface Draft {
  regionId: string;
  data: Record<string, unknown> & { documentIds?: string[] };
  version: number;
  updatedAt: string;
  documents: { id: string; name: string; mediaType: string }[];
}
interface Problem {
  code: string;
  errors?: { field: string; code: string }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

/** Each test its own citizen: one draft per citizen and region. */
async function newCitizen(): Promise<TestClient> {
  const client = server.client();
  const res = await client.post('/auth/register', { username: uniqueUsername(), password: 'a-long-password-1', displayName: '周敏', regionId: 'leshan' });
  expect(res.status).toBe(201);
  return client;
}

function save(client: TestClient, data: Record<string, unknown>, version?: number, regionId = 'leshan') {
  return client.request<Draft & Problem>('PUT', '/legal-aid/draft', { json: { regionId, data, ...(version !== undefined ? { version } : {}) } });
}

async function upload(client: TestClient, bytes: Buffer, name: string): Promise<string> {
  const res = await client.request<{ id: string }>('POST', `/documents?name=${encodeURIComponent(name)}&kind=case_material`, { raw: bytes });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}

function expectProblem(res: TestResponse<Problem>, status: number, code: string, field?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.code).toBe(code);
  if (field) expect(res.body.errors?.map((e) => e.field)).toContain(field);
}

const answers = {
  step: 2,
  matterType: 'civil',
  caseSummary: '包工头拖欠工资',
  categories: ['migrant_worker_wages'],
  applicant: { name: '周敏', phone: '138' },
  household: { size: 2 },
};

describe('the draft', () => {
  it('survives a reload, and a second tab with an old version gets 409 version_conflict', async () => {
    const tab1 = await newCitizen();
    expectProblem(await tab1.get('/legal-aid/draft?regionId=leshan'), 404, 'not_found');

    const first = await save(tab1, answers);
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ regionId: 'leshan', data: answers, version: 1, documents: [] });

    const reloaded = await tab1.get<Draft>('/legal-aid/draft?regionId=leshan');
    expect(reloaded.status).toBe(200);
    expect(reloaded.body).toEqual(first.body);

    const next = await save(tab1, { ...answers, step: 3 }, 1);
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ version: 2, data: { step: 3 } });

    // The second tab still holds version 1, or never loaded the draft at all.
    expectProblem(await save(tab1, { ...answers, step: 4 }, 1), 409, 'version_conflict');
    expectProblem(await save(tab1, { step: 0 }), 409, 'version_conflict');
    expect((await tab1.get<Draft>('/legal-aid/draft?regionId=leshan')).body).toMatchObject({ version: 2, data: { step: 3 } });

    expect((await tab1.request('DELETE', '/legal-aid/draft?regionId=leshan')).status).toBe(204);
    expectProblem(await tab1.get('/legal-aid/draft?regionId=leshan'), 404, 'not_found');
    expect((await tab1.request('DELETE', '/legal-aid/draft?regionId=leshan')).status).toBe(204);
    expect((await save(tab1, answers)).body.version).toBe(1);
  });

  it('checks the answers like an application and the region like one', async () => {
    const citizen = await newCitizen();
    expectProblem(await save(citizen, { matterType: 'maritime' }), 400, 'validation_failed', 'body.data.matterType');
    expectProblem(await save(citizen, { step: 1, fontSize: 3 }), 400, 'validation_failed', 'body.data.fontSize');
    expectProblem(await save(citizen, answers, undefined, 'atlantis'), 400, 'validation_failed', 'body.regionId');
    expectProblem(await citizen.get('/legal-aid/draft?regionId=atlantis'), 400, 'validation_failed', 'query.regionId');
    expectProblem(await citizen.request('DELETE', '/legal-aid/draft'), 400, 'validation_failed', 'query.regionId');
  });

  it('is for citizens only (staff get 403)', async () => {
    const officer = await server.loginAs('leshan.legal_aid_officer');
    expectProblem(await officer.get('/legal-aid/draft?regionId=leshan'), 403, 'forbidden');
    expectProblem(await save(officer, answers), 403, 'forbidden');
    expectProblem(await officer.request('DELETE', '/legal-aid/draft?regionId=leshan'), 403, 'forbidden');
  });

  it('keeps one draft per region', async () => {
    const citizen = await newCitizen();
    expect((await save(citizen, { step: 1 })).status).toBe(200);
    expect((await save(citizen, { step: 5 }, undefined, 'zhongshan')).status).toBe(200);
    expect((await citizen.get<Draft>('/legal-aid/draft?regionId=leshan')).body.data).toEqual({ step: 1 });
    expect((await citizen.get<Draft>('/legal-aid/draft?regionId=zhongshan')).body.data).toEqual({ step: 5 });
  });
});

describe('documents in the draft', () => {
  it('lists the documents it names and deletes them with the draft', async () => {
    const citizen = await newCitizen();
    const pdf = await upload(citizen, tinyPdf(), '身份证.pdf');
    const png = await upload(citizen, PNG_1X1, '低保证.png');
    const saved = await save(citizen, { ...answers, documentIds: [png, pdf] });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.documents.map((d) => [d.id, d.name, d.mediaType])).toEqual([
      [png, '低保证.png', 'image/png'],
      [pdf, '身份证.pdf', 'application/pdf'],
    ]);
    expect((await citizen.get<Draft>('/legal-aid/draft?regionId=leshan')).body.documents).toEqual(saved.body.documents);

    // A deleted document drops out of the list; the ids the wizard saved stay as saved.
    expect((await citizen.request('DELETE', `/documents/${png}`)).status).toBe(204);
    const after = await citizen.get<Draft>('/legal-aid/draft?regionId=leshan');
    expect(after.body.documents.map((d) => d.id)).toEqual([pdf]);

    expect((await citizen.request('DELETE', '/legal-aid/draft?regionId=leshan')).status).toBe(204);
    expect((await citizen.get(`/documents/${pdf}`)).status).toBe(404);
  });

  it('refuses a document of another user with 400 on body.data.documentIds', async () => {
    const citizen = await newCitizen();
    const theirs = await upload(await newCitizen(), tinyPdf(), 'x.pdf');
    expectProblem(await save(citizen, { documentIds: [theirs] }), 400, 'validation_failed', 'body.data.documentIds');
    expectProblem(await citizen.get('/legal-aid/draft?regionId=leshan'), 404, 'not_found');
  });

  it('is removed by submitting the application, which takes its documents', async () => {
    const citizen = await newCitizen();
    const doc = await upload(citizen, tinyPdf(), '工资欠条.pdf');
    expect((await save(citizen, { ...answers, documentIds: [doc] })).status).toBe(200);
    const app = await citizen.post<{ id: string; documents: { id: string }[] }>('/legal-aid/applications', applicationInput({ documentIds: [doc] }));
    expect(app.status, app.text).toBe(201);
    expect(app.body.documents.map((d) => d.id)).toEqual([doc]);
    expectProblem(await citizen.get('/legal-aid/draft?regionId=leshan'), 404, 'not_found');
    // Attached now: the document can no longer go into a draft.
    expectProblem(await save(citizen, { documentIds: [doc] }), 400, 'validation_failed', 'body.data.documentIds');
  });

  it('takes with it, on submission, the documents the draft named but the application left out', async () => {
    const citizen = await newCitizen();
    const kept = await upload(citizen, tinyPdf(), '欠条.pdf');
    const dropped = await upload(citizen, PNG_1X1, '多余的照片.png');
    expect((await save(citizen, { ...answers, documentIds: [kept, dropped] })).status).toBe(200);
    const app = await citizen.post<{ id: string }>('/legal-aid/applications', applicationInput({ documentIds: [kept] }));
    expect(app.status, app.text).toBe(201);
    expect((await citizen.get(`/documents/${kept}`)).status).toBe(200);
    expectProblem(await citizen.get(`/documents/${dropped}`), 404, 'not_found');
  });
});

describe('an application in status draft (submit: false)', () => {
  it('is the applicant\'s own: staff of the region neither list nor read it', async () => {
    const citizen = await newCitizen();
    const draft = await citizen.post<{ id: string; reference: string; status: string }>('/legal-aid/applications', applicationInput({ submit: false, pledgeSigned: false }));
    expect(draft.status, draft.text).toBe(201);
    expect(draft.body.status).toBe('draft');
    const officer = await server.loginAs('leshan.legal_aid_officer');
    expectProblem(await officer.get(`/legal-aid/applications/${draft.body.id}`), 404, 'not_found');
    const drafts = await officer.get<{ total: number }>('/legal-aid/applications?status=draft');
    expect(drafts.status).toBe(200);
    expect(drafts.body.total).toBe(0);
  });
});
