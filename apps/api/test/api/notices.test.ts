/**
 * 我的消息 on the real server: a case's transitions by staff tell its applicant (the kind from the case
 * definition, a session's start, the judicial-confirmation reminder once it is due), the applicant's own
 * actions tell nobody, each notice joins the SMS outbox in the same transaction, and a person reads and
 * marks only their own notices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { applicationInput } from './fixtures.js';
import { act, beijingTown, caseInput, mediatorOf, session, type Committee, type MediationCase } from './mediation-support.js';

interface Notice {
  id: string;
  module: string;
  caseId: string;
  reference: string;
  kind: string;
  status: string;
  action?: string;
  at: string;
  readAt?: string;
  startsAt?: string;
  dueBy?: string;
}
interface NoticePage {
  items: Notice[];
  total: number;
  unread: number;
}

let server: TestServer;
let citizen: TestClient;
let mediator: TestClient;
let town: { divisionCode: string; village: Committee; township: Committee };
beforeAll(async () => {
  server = await startTestServer();
  town = await beijingTown(server);
  mediator = await mediatorOf(server, town.village);
});
afterAll(async () => server?.close());

/** A new Beijing citizen, so that the inbox holds only this test's notices. */
async function newCitizen(): Promise<TestClient> {
  const client = server.client();
  const username = `notices${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const res = await client.post('/auth/register', { username, password: 'a-long-password-1', displayName: '王建国', regionId: 'beijing' });
  expect(res.status, res.text).toBe(201);
  return client;
}

async function step(client: TestClient, kase: MediationCase, action: string, extra: Record<string, unknown> = {}): Promise<MediationCase> {
  const res = await act(client, kase, action, extra);
  expect(res.status, `${action}: ${res.text}`).toBe(200);
  return res.body;
}

async function inbox(client: TestClient, query = ''): Promise<NoticePage> {
  const res = await client.get<NoticePage>(`/notices${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

describe('a mediation case tells its applicant what the committee did', () => {
  let kase: MediationCase;
  beforeAll(async () => {
    citizen = await newCitizen();
    const filed = await citizen.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id));
    expect(filed.status, filed.text).toBe(201);
    kase = filed.body;
  });

  it('filing is the applicant’s own act: no notice', async () => {
    expect(await inbox(citizen)).toMatchObject({ items: [], total: 0, unread: 0 });
    expect((await citizen.get('/notices/unread-count')).body).toEqual({ unread: 0 });
  });

  it('accepting, assigning and scheduling each send one, newest first, the session with its start', async () => {
    kase = await step(mediator, kase, 'accept');
    kase = await step(mediator, kase, 'assign', { mediatorIds: [town.village.mediators[0]!.id] });
    const planned = session([town.village.mediators[0]!.id], 3, 1, 3);
    kase = await step(mediator, kase, 'schedule', { session: planned });
    const page = await inbox(citizen);
    expect(page.unread).toBe(3);
    expect(page.items.map((n) => [n.kind, n.status, n.action])).toEqual([
      ['session_scheduled', 'in_mediation', 'schedule'],
      ['status_changed', 'assigned', 'assign'],
      ['status_changed', 'accepted', 'accept'],
    ]);
    expect(page.items[0]).toMatchObject({ module: 'mediation', caseId: kase.id, reference: kase.reference, startsAt: planned.startsAt });
    expect((await citizen.get('/notices/unread-count')).body).toEqual({ unread: 3 });
  });

  it('an agreement sends its notice now and the judicial-confirmation reminder a week before the 30 days end', async () => {
    kase = await step(mediator, kase, 'record_agreement', { agreement: { terms: ['赵丽华于十日内赔偿王建国维修费人民币三千元。'] } });
    const page = await inbox(citizen);
    expect(page.items[0]).toMatchObject({ kind: 'status_changed', status: 'agreed', action: 'record_agreement' });
    expect(page.items.some((n) => n.kind === 'judicial_confirmation_due')).toBe(false);
    const [reminder] = await server.handle.execute(
      `select visible_at, due_by::text as due_by from notices where case_id = $1 and kind = 'judicial_confirmation_due'`,
      [kase.id],
    );
    const daysAhead = (new Date(String(reminder!.visible_at)).getTime() - Date.now()) / 86_400_000;
    expect(daysAhead).toBeGreaterThan(22.9);
    expect(daysAhead).toBeLessThan(23.1);
    expect(String(reminder!.due_by)).toBe(kase.agreement!.judicialConfirmationBy);

    await server.handle.execute(`update notices set visible_at = now() - interval '1 minute' where case_id = $1 and kind = 'judicial_confirmation_due'`, [kase.id]);
    const due = (await inbox(citizen)).items.find((n) => n.kind === 'judicial_confirmation_due');
    expect(due).toMatchObject({ status: 'agreed', dueBy: kase.agreement!.judicialConfirmationBy });
    expect(due!.action).toBe('record_agreement');
  });

  it('queues every notice on the SMS outbox, naming the notice only', async () => {
    const rows = await server.handle.execute(
      `select o.channel, o.sent_at from notice_outbox o join notices n on n.id = o.notice_id where n.case_id = $1`,
      [kase.id],
    );
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.channel === 'sms' && r.sent_at === null)).toBe(true);
  });

  it('marks one read, lists the unread ones, then marks all read', async () => {
    const before = await inbox(citizen);
    const first = before.items[0]!;
    const marked = await citizen.post(`/notices/${first.id}/read`);
    expect(marked.status, marked.text).toBe(200);
    expect(marked.body).toEqual({ unread: before.unread - 1 });
    expect((await citizen.post(`/notices/${first.id}/read`)).body).toEqual({ unread: before.unread - 1 });
    const unread = await inbox(citizen, '?unread=true');
    expect(unread.items.map((n) => n.id)).not.toContain(first.id);
    expect(unread.total).toBe(before.unread - 1);
    expect((await inbox(citizen)).items.find((n) => n.id === first.id)?.readAt).toEqual(expect.any(String));
    expect((await citizen.post('/notices/read-all')).body).toEqual({ unread: 0 });
    expect((await inbox(citizen)).unread).toBe(0);
  });

  it('someone else’s notice is 404, and signed out the inbox is 401', async () => {
    const [notice] = (await inbox(citizen)).items;
    const other = await newCitizen();
    const res = await other.post(`/notices/${notice!.id}/read`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await inbox(other)).items).toEqual([]);
    expect((await server.client().get('/notices')).status).toBe(401);
  });
});

describe('the applicant’s own actions and legal aid', () => {
  it('a withdrawal by the applicant tells nobody', async () => {
    const own = await newCitizen();
    const filed = await own.post<MediationCase>('/mediation/cases', caseInput(town.divisionCode, town.village.id));
    await step(own, filed.body, 'withdraw', { reason: '已自行和解' });
    expect((await inbox(own)).total).toBe(0);
  });

  it('a request for material sends material_requested', async () => {
    const applicant = server.client();
    const username = `noticesla${Date.now()}`;
    expect((await applicant.post('/auth/register', { username, password: 'a-long-password-1', displayName: '李四', regionId: 'leshan' })).status).toBe(201);
    const created = await applicant.post<{ id: string; version: number; reference: string }>('/legal-aid/applications', applicationInput());
    expect(created.status, created.text).toBe(201);
    const officer = await server.loginAs('leshan.legal_aid_officer');
    const reviewing = await officer.post<{ version: number }>(`/legal-aid/applications/${created.body.id}/transitions`, { action: 'start_review', version: created.body.version });
    expect(reviewing.status, reviewing.text).toBe(200);
    const asked = await officer.post(`/legal-aid/applications/${created.body.id}/transitions`, { action: 'request_material', version: reviewing.body.version, reason: '请补充劳动合同复印件' });
    expect(asked.status, asked.text).toBe(200);
    const page = await inbox(applicant);
    expect(page.items.map((n) => [n.module, n.kind, n.status])).toEqual([
      ['legal-aid', 'material_requested', 'needs_material'],
      ['legal-aid', 'status_changed', 'under_review'],
    ]);
    expect(page.items[0]!.reference).toBe(created.body.reference);
  });
});

describe('the outbox', () => {
  it('keeps unsent rows and deletes those sent more than 30 days ago', async () => {
    const { purgeSentOutbox } = await import('../../src/cases/notices.js');
    const rows = await server.handle.execute(`select id from notice_outbox order by created_at limit 2`);
    expect(rows).toHaveLength(2);
    const [old, recent] = rows.map((r) => String(r.id));
    await server.handle.execute(`update notice_outbox set sent_at = now() - interval '31 days' where id = $1`, [old]);
    await server.handle.execute(`update notice_outbox set sent_at = now() - interval '1 day' where id = $1`, [recent]);
    await purgeSentOutbox(server.handle.db);
    const left = await server.handle.execute(`select id from notice_outbox where id = any($1::uuid[])`, [[old, recent]]);
    expect(left.map((r) => String(r.id))).toEqual([recent]);
    expect(Number((await server.handle.execute(`select count(*)::int as n from notice_outbox where sent_at is null`))[0]!.n)).toBeGreaterThan(0);
  });
});
