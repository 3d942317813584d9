/** The happy path of every operation in the contract, against the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { applicationInput, LESHAN_ID, uniqueUsername } from './fixtures.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('health and contract', () => {
  it('GET /health answers {"status":"ok"}', async () => {
    const res = await server.client().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the contract at /api/v1/openapi.json', async () => {
    const res = await server.client().get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(res.body.paths)).toContain('/legal-aid/applications');
  });

  it('redirects / to the default region page, which names the region', async () => {
    const root = await fetch(`${server.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/national/');
    const page = await fetch(`${server.baseUrl}/leshan/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('乐山');
  });
});

describe('auth', () => {
  it('registers a citizen, who is then logged in, and logs out', async () => {
    const client = server.client();
    const username = uniqueUsername();
    const reg = await client.post('/auth/register', { username, password: 'a-long-password-1', displayName: '王芳', regionId: 'leshan', phone: '13900001111' });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ username, role: 'citizen', regionId: 'leshan', phone: '139****1111' });
    expect(client.hasSession()).toBe(true);
    const me = await client.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(username);
    const out = await client.post('/auth/logout');
    expect(out.status).toBe(204);
    expect((await client.get('/auth/me')).status).toBe(401);
  });

  it('logs in a demo account', async () => {
    const client = await server.loginAs('leshan.legal_aid_officer');
    const me = await client.get('/auth/me');
    expect(me.body.user).toMatchObject({ role: 'legal_aid_officer', regionId: 'leshan' });
    expect(me.body.csrfToken).toEqual(expect.any(String));
  });
});

describe('regions and divisions', () => {
  it('lists the built-in regions with their enabled modules', async () => {
    const res = await server.client().get('/regions');
    expect(res.status).toBe(200);
    const ids = res.body.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['national', 'beijing', 'sichuan', 'leshan', 'zhongshan']));
  });

  it('returns one region profile summary', async () => {
    const res = await server.client().get('/regions/leshan');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'leshan', divisionCode: '511100', extends: 'sichuan' });
    expect(res.body.enabledModules).toContain('legal-aid');
  });

  it('walks the GB/T 2260 division tree', async () => {
    const provinces = await server.client().get('/divisions');
    expect(provinces.body).toEqual(expect.arrayContaining([expect.objectContaining({ code: '510000', name: '四川省' })]));
    const cities = await server.client().get('/divisions?parentCode=510000');
    expect(cities.body).toEqual(expect.arrayContaining([expect.objectContaining({ code: '511100', name: '乐山市', hasChildren: true })]));
    const ebian = await server.client().get('/divisions/511132');
    expect(ebian.status).toBe(200);
    expect(ebian.body.name).toBe('峨边彝族自治县');
    expect(ebian.body.path.map((d: { code: string }) => d.code)).toEqual(['510000', '511100']);
  });
});

describe('directory', () => {
  it('lists organizations with filters and paging, and returns one', async () => {
    const res = await server.client().get('/organizations?regionId=leshan&type=law_firm&pageSize=5&sort=name');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.length).toBeLessThanOrEqual(5);
    expect(res.body.total).toBeGreaterThanOrEqual(res.body.items.length);
    for (const org of res.body.items) expect(org).toMatchObject({ regionId: 'leshan', type: 'law_firm', demo: true });
    const one = await server.client().get(`/organizations/${res.body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body.openingHours.length).toBeGreaterThan(0);
    expect(one.body.contacts.phone).toMatch(/^0833-/);
  });

  it('filters organizations by division prefix', async () => {
    const res = await server.client().get('/organizations?divisionCode=511100&pageSize=100');
    expect(res.body.total).toBeGreaterThan(0);
    for (const org of res.body.items) expect(org.divisionCode.startsWith('5111')).toBe(true);
  });

  it('counts broad practitioner searches only as far as a pager needs', async () => {
    const broad = await server.client().get('/practitioners?pageSize=20');
    expect(broad.body).toMatchObject({ total: 1000, totalIsLowerBound: true });
    const deep = await server.client().get('/practitioners?pageSize=20&page=60');
    expect(deep.body).toMatchObject({ total: 1200, totalIsLowerBound: true });
    expect(deep.body.items).toHaveLength(20);
    const narrow = await server.client().get('/practitioners?regionId=zhongshan&type=notary');
    expect(narrow.body.total).toBeLessThan(1000);
    expect(narrow.body.totalIsLowerBound).toBeUndefined();
  });

  it('searches practitioners by specialty and name prefix, and returns one with credit records', async () => {
    const list = await server.client().get('/practitioners?type=lawyer&specialty=labour&pageSize=10');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    for (const p of list.body.items) expect(p.specialties).toContain('labour');
    const first = list.body.items[0];
    const byName = await server.client().get(`/practitioners?q=${encodeURIComponent(first.name.slice(0, 1))}&pageSize=100`);
    expect(byName.body.items.every((p: { name: string }) => p.name.startsWith(first.name.slice(0, 1)))).toBe(true);
    const byLicence = await server.client().get(`/practitioners?q=${first.licenceNumber}`);
    expect(byLicence.body.items.map((p: { id: string }) => p.id)).toEqual([first.id]);
    const one = await server.client().get(`/practitioners/${first.id}`);
    expect(one.status).toBe(200);
    expect(Array.isArray(one.body.creditRecords)).toBe(true);
  });
});

describe('legal-aid applications and evaluations', () => {
  it('a citizen submits, reads, lists and withdraws an application; an officer of the region sees it masked', async () => {
    const citizen = await server.loginAs('leshan.citizen');
    const created = await citizen.post('/legal-aid/applications', applicationInput());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'submitted', regionId: 'leshan', version: 1 });
    expect(created.body.reference).toMatch(/^FY-511100-\d{8}-[0-9A-F]{8}$/);
    expect(created.body.applicant.idNumber).toBe(LESHAN_ID);
    expect(new Date(created.body.decisionDueAt).getTime()).toBeGreaterThan(Date.now());
    expect(created.body.history).toHaveLength(1);

    const mine = await citizen.get('/legal-aid/applications');
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);

    const officer = await server.loginAs('leshan.legal_aid_officer');
    const seen = await officer.get(`/legal-aid/applications/${created.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.applicant.idNumber).not.toBe(LESHAN_ID);
    expect(seen.body.applicant.idNumber).toMatch(/^511\*+\d{3}[\dX]$/);
    const revealed = await officer.get(`/legal-aid/applications/${created.body.id}?reveal=idNumber`);
    expect(revealed.body.applicant.idNumber).toBe(LESHAN_ID);
    const queue = await officer.get('/legal-aid/applications?status=submitted&pageSize=100');
    const row = queue.body.items.find((a: { id: string }) => a.id === created.body.id);
    expect(row.applicantName).toBe('李**');

    const withdrawn = await citizen.post(`/legal-aid/applications/${created.body.id}/transitions`, { action: 'withdraw', version: created.body.version });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 2 });
  });

  it('saves a draft without a decision deadline', async () => {
    const citizen = await server.loginAs('leshan.citizen');
    const draft = await citizen.post('/legal-aid/applications', applicationInput({ submit: false, pledgeSigned: false }));
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
    expect(draft.body.decisionDueAt).toBeUndefined();
  });

  it('returns the first result for a retried submission with the same Idempotency-Key', async () => {
    const citizen = await server.loginAs('leshan.citizen');
    const key = `retry-${Date.now()}`;
    const first = await citizen.post('/legal-aid/applications', applicationInput(), { 'idempotency-key': key });
    const again = await citizen.post('/legal-aid/applications', applicationInput(), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
  });

  it('rates an organization once (一事一评), lists my ratings and summarises', async () => {
    const citizen = await server.loginAs('beijing.citizen');
    const orgs = await citizen.get('/organizations?regionId=beijing&type=notary_office&pageSize=1');
    const subjectId = orgs.body.items[0].id;
    const rating = await citizen.post('/evaluations', { module: 'notary', subjectType: 'organization', subjectId, level: 'very_satisfied', comment: '办事高效' });
    expect(rating.status).toBe(201);
    expect(rating.body).toMatchObject({ level: 'very_satisfied', followUpStatus: 'not_required', regionId: 'beijing' });
    const again = await citizen.post('/evaluations', { module: 'notary', subjectType: 'organization', subjectId, level: 'satisfied' });
    expect(again.status).toBe(409);
    const mine = await citizen.get('/evaluations/mine');
    expect(mine.body.items.map((e: { id: string }) => e.id)).toContain(rating.body.id);
    const summary = await citizen.get(`/evaluations/summary?subjectId=${subjectId}`);
    expect(summary.body).toMatchObject({ total: 1, satisfactionRate: 1 });
    expect(summary.body.counts.very_satisfied).toBe(1);
  });

  it('marks a bad review for follow-up', async () => {
    const citizen = await server.loginAs('zhongshan.citizen');
    const p = await citizen.get('/practitioners?regionId=zhongshan&pageSize=1');
    const bad = await citizen.post('/evaluations', {
      module: 'lawyers', subjectType: 'practitioner', subjectId: p.body.items[0].id,
      level: 'very_dissatisfied', details: '约定时间未到场，也未提前告知', followUpConsent: true,
    });
    expect(bad.status).toBe(201);
    expect(bad.body.followUpStatus).toBe('pending');
  });

  it('lets a bureau admin read the audit log of their region', async () => {
    const admin = await server.loginAs('leshan.bureau_admin');
    const res = await admin.get('/audit-log?pageSize=50');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.some((e: { action: string }) => e.action === 'reveal')).toBe(true);
    for (const e of res.body.items) expect(['leshan']).toContain(e.regionId);
  });
});
