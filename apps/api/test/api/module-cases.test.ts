/**
 * A declared case module on the kernel's endpoints (ADR 0016), with the scaffold's reference module 法律咨询
 * (consult): filing checked against the declared fields, the organization of the module's type, the
 * workflow from filing to the rating, who may see and do what, personal fields masked for staff, notices.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfilesDir, loadRegionProfiles } from '@fawang/regions/node';
import { consultCase } from '@fawang/workflow/consult';
import { buildApp } from '../../src/app.js';
import { startTestServer, TestClient, type TestServer } from '../support/server.js';

interface ModuleCase {
  id: string;
  module: string;
  reference: string;
  status: string;
  version: number;
  applicantName: string;
  organization: { id: string; name: string };
  fields: Record<string, string>;
  outcomeReason?: string;
  deadlines: { kind: string; startedAt: string; dueAt: string; stoppedAt?: string }[];
  history: { status: string; action?: string; note?: string }[];
  errors?: { field: string; code: string }[];
  code?: string;
}

const FIELDS = Object.fromEntries(consultCase.fields.map((f) => [f.key, f.sample]));

let server: TestServer;
let citizen: TestClient;
let admin: TestClient;
let centreId: string;
const username = `consult${Date.now()}`;
const PASSWORD = 'a-long-password-1';
beforeAll(async () => {
  server = await startTestServer();
  citizen = server.client();
  expect((await citizen.post('/auth/register', { username, password: PASSWORD, displayName: '李晓梅', regionId: 'leshan' })).status).toBe(201);
  admin = await server.loginAs('leshan.bureau_admin');
  const [centre] = await server.handle.execute(`select id from organizations where region_id = 'leshan' and type = 'service_centre' order by id limit 1`);
  centreId = String(centre!.id);
});
afterAll(async () => server?.close());

function filing(overrides: Record<string, unknown> = {}) {
  return { regionId: 'leshan', organizationId: centreId, fields: FIELDS, ...overrides };
}

async function filed(): Promise<ModuleCase> {
  const res = await citizen.post<ModuleCase>('/modules/consult/cases', filing());
  expect(res.status, res.text).toBe(201);
  return res.body;
}

async function step(client: TestClient, kase: ModuleCase, action: string, extra: Record<string, unknown> = {}): Promise<ModuleCase> {
  const res = await client.post<ModuleCase>(`/modules/consult/cases/${kase.id}/transitions`, { action, version: kase.version, ...extra });
  expect(res.status, `${action}: ${res.text}`).toBe(200);
  return res.body;
}

describe('filing with a declared case module', () => {
  it('files the declared fields with the chosen centre, starting the answer clock', async () => {
    const kase = await filed();
    expect(kase).toMatchObject({ module: 'consult', status: 'submitted', version: 1, applicantName: '李晓梅', fields: FIELDS, organization: { id: centreId } });
    expect(kase.reference).toMatch(/^FZ-511100-\d{8}-[0-9A-F]+$/);
    expect(kase.deadlines.map((d) => d.kind)).toEqual(['answer']);
    expect(kase.history.map((h) => h.status)).toEqual(['submitted']);
  });

  it('files once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `consult-${Date.now()}` };
    const first = await citizen.request<ModuleCase>('POST', '/modules/consult/cases', { json: filing(), headers });
    const again = await citizen.request<ModuleCase>('POST', '/modules/consult/cases', { json: filing(), headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
  });

  it('names every field the declaration refuses', async () => {
    const res = await citizen.post<ModuleCase>('/modules/consult/cases', filing({ fields: { ...FIELDS, subject: ' ', phone: '12345', channel: 'fax', preferredDate: '2026-02-30', extra: 'x' } }));
    expect(res.status).toBe(400);
    expect(res.body.errors!.map((e) => [e.field, e.code]).sort()).toEqual(
      [
        ['body.fields.channel', 'not_an_option'],
        ['body.fields.extra', 'unknown_field'],
        ['body.fields.phone', 'not_a_phone'],
        ['body.fields.preferredDate', 'not_a_date'],
        ['body.fields.subject', 'required'],
      ].sort(),
    );
  });

  it('refuses an organization of another type or region, an unknown module and staff filing', async () => {
    const [committee] = await server.handle.execute(`select id from organizations where region_id = 'leshan' and type = 'mediation_committee' limit 1`);
    const [elsewhere] = await server.handle.execute(`select id from organizations where region_id = 'beijing' and type = 'service_centre' limit 1`);
    for (const organizationId of [String(committee!.id), String(elsewhere!.id)]) {
      const res = await citizen.post<ModuleCase>('/modules/consult/cases', filing({ organizationId }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body.organizationId', code: 'not_competent' })]);
    }
    expect((await citizen.post('/modules/no-such/cases', filing())).status).toBe(404);
    expect((await citizen.get('/modules/no-such/cases')).status).toBe(404);
    expect((await admin.post('/modules/consult/cases', filing())).status).toBe(403);
  });
});

describe('the workflow of a declared case module', () => {
  it('runs from filing through acceptance and the outcome to the rating, telling the applicant', async () => {
    const kase = await filed();
    const listed = await admin.get<{ items: ModuleCase[] }>('/modules/consult/cases?status=submitted&pageSize=100');
    expect(listed.status, listed.text).toBe(200);
    const row = listed.body.items.find((item) => item.id === kase.id)!;
    expect(row).toMatchObject({ status: 'submitted', applicantName: '李**', organization: { id: centreId } });
    expect(row).not.toHaveProperty('fields');

    const seen = await admin.get<ModuleCase>(`/modules/consult/cases/${kase.id}`);
    expect(seen.body.fields).toMatchObject({ subject: FIELDS.subject, phone: '138****8000' });
    const audited = await server.handle.execute(`select count(*)::int as n from audit_log where subject_type = 'consult_case' and subject_id = $1 and action = 'read'`, [kase.id]);
    expect(Number(audited[0]!.n)).toBe(1);

    const accepted = await step(admin, kase, 'accept');
    expect(accepted.deadlines.map((d) => [d.kind, !!d.stoppedAt])).toEqual([
      ['answer', true],
      ['conclusion', false],
    ]);
    const missing = await admin.post<ModuleCase>(`/modules/consult/cases/${kase.id}/transitions`, { action: 'conclude', version: accepted.version });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'body.reason' })]);
    const concluded = await step(admin, accepted, 'conclude', { reason: '已电话答复：可申请劳动仲裁，主张经济补偿。' });
    expect(concluded).toMatchObject({ status: 'concluded', outcomeReason: '已电话答复：可申请劳动仲裁，主张经济补偿。' });

    const notices = await citizen.get<{ items: { caseId: string; module: string; status: string }[] }>('/notices');
    expect(notices.body.items.filter((n) => n.caseId === kase.id).map((n) => [n.module, n.status])).toEqual([
      ['consult', 'concluded'],
      ['consult', 'accepted'],
    ]);
    const rating = await citizen.post('/evaluations', { module: 'consult', subjectType: 'application', subjectId: kase.id, level: 'satisfied' });
    expect(rating.status, rating.text).toBe(201);
    expect((await citizen.get<ModuleCase>(`/modules/consult/cases/${kase.id}`)).body.status).toBe('evaluated');
  });

  it('lets the applicant withdraw and not decide, staff decline with a reason', async () => {
    const first = await filed();
    expect((await citizen.post(`/modules/consult/cases/${first.id}/transitions`, { action: 'accept', version: 1 })).status).toBe(403);
    expect((await step(citizen, first, 'withdraw')).status).toBe('withdrawn');
    const second = await filed();
    expect((await step(admin, second, 'decline', { reason: '不属于法律咨询范围' })).outcomeReason).toBe('不属于法律咨询范围');
    const stale = await admin.post<ModuleCase>(`/modules/consult/cases/${second.id}/transitions`, { action: 'accept', version: 1 });
    expect([stale.status, stale.body.code]).toEqual([409, 'version_conflict']);
  });

  it('keeps a case from other regions’ staff, other citizens and unknown statuses', async () => {
    const kase = await filed();
    const beijing = await server.loginAs('beijing.bureau_admin');
    expect((await beijing.get(`/modules/consult/cases/${kase.id}`)).status).toBe(404);
    expect((await beijing.get('/modules/consult/cases?regionId=leshan')).status).toBe(403);
    expect((await (await server.loginAs('leshan.citizen')).get(`/modules/consult/cases/${kase.id}`)).status).toBe(404);
    expect((await (await server.loginAs('leshan.legal_aid_officer')).get('/modules/consult/cases')).status).toBe(403);
    const unknown = await admin.get<ModuleCase>('/modules/consult/cases?status=archived');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'query.status' })]);
  });
});

describe('the time limits of a declared case module', () => {
  /** Leshan's profile with `modules.consult.config.deadlines`, loaded over the built-in ones. */
  async function leshanWith(deadlines: unknown) {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-consult-profile-'));
    const leshan = JSON.parse(await readFile(join(builtInProfilesDir, 'leshan.json'), 'utf8')) as Record<string, unknown>;
    delete leshan.$schema;
    leshan.modules = { ...(leshan.modules as object | undefined), consult: { enabled: true, config: { deadlines } } };
    await writeFile(join(dir, 'leshan.json'), JSON.stringify(leshan));
    return loadRegionProfiles([builtInProfilesDir, dir]);
  }

  it('are the definition’s defaults unless the region sets its own', async () => {
    const kase = await filed();
    const [answer] = kase.deadlines;
    // 3 working days: at least 3 calendar days, at most 5 (over a weekend).
    const days = (Date.parse(answer!.dueAt) - Date.parse(answer!.startedAt)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(3);
    expect(days).toBeLessThanOrEqual(5);

    const app = await buildApp({ db: server.handle.db, regions: await leshanWith({ answerWithinDays: 10, dayCounting: 'calendar' }) });
    try {
      const client = new TestClient(`${await app.listen({ host: '127.0.0.1', port: 0 })}/api/v1`);
      expect((await client.post('/auth/login', { username, password: PASSWORD })).status).toBe(200);
      const res = await client.post<ModuleCase>('/modules/consult/cases', filing());
      expect(res.status, res.text).toBe(201);
      const [own] = res.body.deadlines;
      expect(Date.parse(own!.dueAt) - Date.parse(own!.startedAt)).toBe(10 * 86_400_000);
    } finally {
      await app.close();
    }
  });

  it('refuse to start with a region’s wrong ones, naming the region and the key', async () => {
    await expect(buildApp({ db: server.handle.db, regions: await leshanWith({ answerWithinDays: 0 }) })).rejects.toThrow(
      'region profile leshan: modules.consult.config.deadlines: answerWithinDays: expected a whole number of days from 1 to 365',
    );
  });
});
