/**
 * Case documents (申请材料) on the real server: uploads typed by content, the size and count limits, who may
 * download (and that staff downloads are audited), and attaching documents to a legal-aid application or
 * to a mediation case — one store for both modules, each holding case deciding which staff may read.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestResponse, type TestServer } from '../support/server.js';
import { applicationInput, uniqueUsername } from './fixtures.js';
import { JPEG_1X1, PNG_1X1, tinyPdf } from './document-bytes.js';
import { beijingTown, caseInput, mediatorOf } from './mediation-support.js';

interface StoredDocument {
  id: string;
  name: string;
  kind: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
}
interface Problem {
  code: string;
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}

let server: TestServer;
let citizen: TestClient;
let officer: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.loginAs('leshan.citizen');
  officer = await server.loginAs('leshan.legal_aid_officer');
});
afterAll(async () => server?.close());

/** A fresh citizen of leshan, so that counts and ownership start from nothing. */
async function newCitizen(): Promise<TestClient> {
  const client = server.client();
  const res = await client.post('/auth/register', { username: uniqueUsername(), password: 'a-long-password-1', displayName: '陈静', regionId: 'leshan' });
  expect(res.status).toBe(201);
  return client;
}

function upload(client: TestClient, bytes: Buffer, { name = 'file.pdf', kind = 'case_material', type = 'application/octet-stream' } = {}) {
  const query = new URLSearchParams({ name, kind });
  return client.request<StoredDocument & Problem>('POST', `/documents?${query}`, { raw: bytes, headers: { 'content-type': type } });
}

async function uploaded(client: TestClient, bytes: Buffer, options: Parameters<typeof upload>[2] = {}): Promise<StoredDocument> {
  const res = await upload(client, bytes, options);
  expect(res.status, res.text).toBe(201);
  return res.body;
}

function expectProblem(res: TestResponse<Problem>, status: number, code: string, field?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  if (field) expect(res.body.errors?.map((e) => e.field)).toContain(field);
}

describe('uploading', () => {
  it('stores a PDF, a PNG and a JPEG with the type found in the content', async () => {
    const cases = [
      { bytes: tinyPdf(), name: '身份证.pdf', mediaType: 'application/pdf', type: 'application/pdf' },
      { bytes: PNG_1X1, name: 'proof.png', mediaType: 'image/png', type: 'image/png' },
      // The browser's claimed type does not matter: a JPEG sent as octet-stream is still a JPEG.
      { bytes: JPEG_1X1, name: 'scan.jpg', mediaType: 'image/jpeg', type: 'application/octet-stream' },
    ];
    for (const { bytes, name, mediaType, type } of cases) {
      const doc = await uploaded(citizen, bytes, { name, type, kind: 'id_card' });
      expect(doc).toMatchObject({ name, kind: 'id_card', mediaType, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      expect(doc).not.toHaveProperty('content');
    }
  });

  it('accepts a body sent without any Content-Type', async () => {
    const res = await citizen.request<StoredDocument>('POST', '/documents?name=a.png&kind=other', { raw: PNG_1X1 });
    expect(res.status, res.text).toBe(201);
    expect(res.body.mediaType).toBe('image/png');
  });

  it('refuses a text file named x.pdf with 415 unsupported_document_type naming the accepted types', async () => {
    const res = await upload(citizen, Buffer.from('这不是 PDF，只是一段文字。\n'), { name: 'x.pdf', type: 'application/pdf' });
    expectProblem(res, 415, 'unsupported_document_type', 'body');
    expect(res.body.errors![0]!.message).toMatch(/application\/pdf, image\/jpeg, image\/png/);
  });

  it('refuses an EXE and a ZIP by their headers', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(256)]);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]), Buffer.alloc(256)]);
    expectProblem(await upload(citizen, exe, { name: 'setup.pdf' }), 415, 'unsupported_document_type', 'body');
    expectProblem(await upload(citizen, zip, { name: 'bundle.png', type: 'image/png' }), 415, 'unsupported_document_type', 'body');
  });

  it('refuses HTML behind a PDF or JPEG header with 415: the file must read as what it claims to be', async () => {
    const html = '<html><body><script>document.cookie</script></body></html>\n';
    const cases = [
      { bytes: Buffer.from(`%PDF-1.7\n${html}`, 'latin1'), name: 'x.pdf', message: 'the file is not a readable PDF' },
      { bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(html)]), name: 'x.jpg', message: 'the file is not a readable JPEG image' },
    ];
    for (const { bytes, name, message } of cases) {
      const res = await upload(citizen, bytes, { name });
      expectProblem(res, 415, 'unsupported_document_type', 'body');
      expect(res.body.errors).toEqual([{ field: 'body', code: 'unsupported_document_type', message }]);
      // Neither the file's content nor its name is echoed back.
      expect(res.text).not.toMatch(/script|x\.(pdf|jpg)/);
    }
  });

  it('refuses 10 MB and one byte with 413 naming the upload limit', async () => {
    const tooLarge = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 + 1 - tinyPdf().length, 0x20)]);
    expect(tooLarge.length).toBe(10 * 1024 * 1024 + 1);
    const res = await upload(citizen, tooLarge);
    expectProblem(res, 413, 'payload_too_large', 'body');
    expect(res.body.errors![0]!.message).toContain(String(10 * 1024 * 1024));
  });

  it('accepts a PDF of nearly 10 MB although JSON bodies stop at 1 MB', async () => {
    const pdf = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024 - tinyPdf().length, 0x20)]);
    const doc = await uploaded(citizen, pdf, { name: 'large.pdf' });
    expect(doc.size).toBe(10 * 1024 * 1024);
    expect((await citizen.request('DELETE', `/documents/${doc.id}`)).status).toBe(204);
  });

  it('refuses an empty body with 400 on body', async () => {
    expectProblem(await upload(citizen, Buffer.alloc(0)), 400, 'validation_failed', 'body');
  });

  it('needs the name and kind', async () => {
    const res = await citizen.request<Problem>('POST', '/documents?kind=poster', { raw: PNG_1X1 });
    expectProblem(res, 400, 'validation_failed', 'query.name');
    expect(res.body.errors!.map((e) => e.field)).toContain('query.kind');
  });

  it('lets only citizens upload (an officer gets 403)', async () => {
    expectProblem(await upload(officer, tinyPdf()), 403, 'forbidden');
  });

  it('keeps only the file name, without directories or bidi controls, and refuses control characters', async () => {
    const doc = await uploaded(citizen, PNG_1X1, { name: 'C:\\fakepath\\..\\证明\u202Egnp.exe.png' });
    expect(doc.name).toBe('证明gnp.exe.png');
    expectProblem(await upload(citizen, PNG_1X1, { name: '证明\u0007.png' }), 400, 'validation_failed', 'query.name');
    expectProblem(await upload(citizen, PNG_1X1, { name: '/\u0000/' }), 400, 'validation_failed', 'query.name');
  });

  it('refuses the 31st unattached document with 409 too_many_documents', async () => {
    const someone = await newCitizen();
    for (let i = 0; i < 30; i++) await uploaded(someone, PNG_1X1, { name: `page-${i}.png` });
    expectProblem(await upload(someone, PNG_1X1, { name: 'page-30.png' }), 409, 'too_many_documents');
  });
});

describe('downloading', () => {
  it('gives the uploader the bytes as an attachment with safe headers', async () => {
    const pdf = tinyPdf();
    const doc = await uploaded(citizen, pdf, { name: '工资欠条 (1).pdf' });
    const res = await citizen.get(`/documents/${doc.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe(pdf.toString('latin1'));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('工资欠条')}%20%281%29.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('sends a PNG with its detected type and length', async () => {
    const doc = await uploaded(citizen, PNG_1X1, { name: 'x.pdf' });
    const res = await citizen.get(`/documents/${doc.id}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(PNG_1X1.length));
  });

  it('answers 404 to another citizen, and to staff while no application holds the document', async () => {
    const doc = await uploaded(citizen, tinyPdf());
    const other = await newCitizen();
    expectProblem(await other.get(`/documents/${doc.id}`), 404, 'not_found');
    expectProblem(await other.request('DELETE', `/documents/${doc.id}`), 404, 'not_found');
    expectProblem(await officer.get(`/documents/${doc.id}`), 404, 'not_found');
    expectProblem(await citizen.get('/documents/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  });

  it('lets a leshan officer download a submitted document (audited) and gives a zhongshan officer 404', async () => {
    const doc = await uploaded(citizen, JPEG_1X1, { name: 'hardship.jpg', kind: 'hardship_proof' });
    const app = await citizen.post<{ id: string }>('/legal-aid/applications', applicationInput({ documentIds: [doc.id] }));
    expect(app.status, app.text).toBe(201);

    const res = await officer.get(`/documents/${doc.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const zhongshan = await server.loginAs('zhongshan.legal_aid_officer');
    expectProblem(await zhongshan.get(`/documents/${doc.id}`), 404, 'not_found');

    const admin = await server.loginAs('leshan.bureau_admin');
    const log = await admin.get<{ items: { subjectId: string; actor: { role: string } }[] }>(
      '/audit-log?action=read&subjectType=case_document&pageSize=100',
    );
    expect(log.status).toBe(200);
    // The officer's download is logged; the uploader's own reads are not.
    expect(log.body.items.filter((e) => e.subjectId === doc.id).map((e) => e.actor.role)).toEqual(['legal_aid_officer']);
  });
});

describe('attaching and deleting', () => {
  it('attaches documents on submission, lists them in the detail and then refuses to delete them (409)', async () => {
    const first = await uploaded(citizen, tinyPdf(), { name: 'a.pdf', kind: 'id_card' });
    const second = await uploaded(citizen, PNG_1X1, { name: 'b.png', kind: 'hardship_proof' });
    const app = await citizen.post<{ id: string; documents: StoredDocument[] }>(
      '/legal-aid/applications',
      applicationInput({ documentIds: [second.id, first.id] }),
    );
    expect(app.status, app.text).toBe(201);
    // In upload order, without the bytes.
    expect(app.body.documents).toEqual([first, second]);
    const seen = await officer.get<{ documents: StoredDocument[] }>(`/legal-aid/applications/${app.body.id}`);
    expect(seen.body.documents.map((d) => d.id)).toEqual([first.id, second.id]);
    expectProblem(await citizen.request('DELETE', `/documents/${first.id}`), 409, 'document_attached');
  });

  it('deletes an unattached document for its uploader', async () => {
    const doc = await uploaded(citizen, PNG_1X1);
    expect((await citizen.request('DELETE', `/documents/${doc.id}`)).status).toBe(204);
    expectProblem(await citizen.get(`/documents/${doc.id}`), 404, 'not_found');
  });

  it('refuses documentIds of another user, or already attached, with 400 on body.documentIds', async () => {
    const other = await newCitizen();
    const theirs = await uploaded(other, tinyPdf());
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ documentIds: [theirs.id] })), 400, 'validation_failed', 'body.documentIds');
    const mine = await uploaded(citizen, tinyPdf());
    expect((await citizen.post('/legal-aid/applications', applicationInput({ documentIds: [mine.id] }))).status).toBe(201);
    expectProblem(await citizen.post('/legal-aid/applications', applicationInput({ documentIds: [mine.id] })), 400, 'validation_failed', 'body.documentIds');
  });

  it('returns the first result to a retried submission although its documents are attached by then', async () => {
    const doc = await uploaded(citizen, tinyPdf());
    const input = applicationInput({ documentIds: [doc.id] });
    const headers = { 'idempotency-key': `docs-${Date.now()}` };
    const first = await citizen.post<{ id: string }>('/legal-aid/applications', input, headers);
    const retry = await citizen.post<{ id: string; documents: StoredDocument[] }>('/legal-aid/applications', input, headers);
    expect(first.status).toBe(201);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.body.documents.map((d) => d.id)).toEqual([doc.id]);
  });

  it('attaches documents provided as requested material, and only with provide_material', async () => {
    const created = await citizen.post<{ id: string; version: number }>('/legal-aid/applications', applicationInput());
    let app = created.body;
    const act = (client: TestClient, action: string, extra: Record<string, unknown> = {}) =>
      client.post<{ id: string; version: number; status: string; documents: StoredDocument[] } & Problem>(
        `/legal-aid/applications/${app.id}/transitions`,
        { action, version: app.version, ...extra },
      );
    const doc = await uploaded(citizen, tinyPdf(), { name: '欠条.pdf' });
    expectProblem(await act(citizen, 'withdraw', { documentIds: [doc.id] }), 400, 'validation_failed', 'body.documentIds');
    app = (await act(officer, 'request_material', { reason: '请补充工资欠条' })).body;
    const other = await uploaded(await newCitizen(), tinyPdf());
    expectProblem(await act(citizen, 'provide_material', { material: '已上传欠条', documentIds: [other.id] }), 400, 'validation_failed', 'body.documentIds');
    const provided = await act(citizen, 'provide_material', { material: '已上传欠条', documentIds: [doc.id] });
    expect(provided.status, provided.text).toBe(200);
    expect(provided.body.documents.map((d) => d.id)).toEqual([doc.id]);
    expect((await officer.get(`/documents/${doc.id}`)).status).toBe(200);
  });
});

describe('documents of a mediation dispute', () => {
  let beijing: TestClient;
  let town: Awaited<ReturnType<typeof beijingTown>>;
  beforeAll(async () => {
    beijing = await server.loginAs('beijing.citizen');
    town = await beijingTown(server);
  });
  const file = (documentIds: string[]) => beijing.post<{ id: string; documents: StoredDocument[] } & Problem>('/mediation/cases', caseInput(town.divisionCode, town.village.id, { documentIds }));

  it('files evidence with the dispute, shows it on the case to the applicant and the mediator, and keeps it from being deleted', async () => {
    const evidence = await uploaded(beijing, tinyPdf(), { name: '漏水照片说明.pdf', kind: 'case_material' });
    const id = await uploaded(beijing, PNG_1X1, { name: '身份证.png', kind: 'id_card' });
    const filed = await file([evidence.id, id.id]);
    expect(filed.status, filed.text).toBe(201);
    expect(filed.body.documents).toEqual([evidence, id]);

    const mediator = await mediatorOf(server, town.village);
    const seen = await mediator.get<{ documents: StoredDocument[] }>(`/mediation/cases/${filed.body.id}`);
    expect(seen.body.documents.map((d) => d.id)).toEqual([evidence.id, id.id]);
    const download = await mediator.get(`/documents/${evidence.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expectProblem(await beijing.request('DELETE', `/documents/${evidence.id}`), 409, 'document_attached');
  });

  it('lets only those who handle the case read it: not another committee\'s mediator, a zhongshan one, a legal-aid officer or a lawyer', async () => {
    const evidence = await uploaded(beijing, tinyPdf(), { name: '欠条.pdf' });
    expect((await file([evidence.id])).status).toBe(201);
    for (const account of ['zhongshan.mediator', 'beijing.mediator', 'beijing.legal_aid_officer', 'beijing.lawyer']) {
      const other = await server.loginAs(account);
      expectProblem(await other.get(`/documents/${evidence.id}`), 404, 'not_found');
    }
    expectProblem(await (await mediatorOf(server, town.township)).get(`/documents/${evidence.id}`), 404, 'not_found');
    expect((await (await mediatorOf(server, town.village)).get(`/documents/${evidence.id}`)).status).toBe(200);
    const admin = await server.loginAs('beijing.bureau_admin');
    expect((await admin.get(`/documents/${evidence.id}`)).status).toBe(200);
    const log = await admin.get<{ items: { subjectId: string; actor: { role: string }; regionId?: string }[] }>(
      '/audit-log?action=read&subjectType=case_document&pageSize=100',
    );
    // Both staff reads are in the audit log, under the case's region.
    const reads = log.body.items.filter((e) => e.subjectId === evidence.id).map((e) => [e.actor.role, e.regionId]);
    expect(reads.sort()).toEqual([['bureau_admin', 'beijing'], ['mediator', 'beijing']]);
  });

  it('refuses a document already held by a legal-aid application, or another citizen’s, with 400 on body.documentIds', async () => {
    const leshanDoc = await uploaded(citizen, tinyPdf());
    expect((await citizen.post('/legal-aid/applications', applicationInput({ documentIds: [leshanDoc.id] }))).status).toBe(201);
    const mine = await uploaded(beijing, tinyPdf());
    const held = await file([mine.id]);
    expect(held.status).toBe(201);
    expectProblem(await file([mine.id]), 400, 'validation_failed', 'body.documentIds');
    expectProblem(await file([leshanDoc.id]), 400, 'validation_failed', 'body.documentIds');
  });

  it('answers 400 for a malformed documentIds list without storing the case', async () => {
    const before = await beijing.get<{ total: number }>('/mediation/cases');
    expectProblem(await file(['not-a-uuid']), 400, 'validation_failed', 'body.documentIds.0');
    const after = await beijing.get<{ total: number }>('/mediation/cases');
    expect(after.body.total).toBe(before.body.total);
  });
});
