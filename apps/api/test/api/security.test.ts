/** Session cookie, CSRF, login throttling, audit trail and what never reaches the logs. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { DEMO_PASSWORD } from '../support/databases.js';
import { applicationInput, LESHAN_ID } from './fixtures.js';

let server: TestServer;
const logLines: string[] = [];
beforeAll(async () => {
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  server = await startTestServer({
    logger: { level: 'trace', stream, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] },
    rateLimits: { loginAccountAddress: { points: 3, seconds: 60 } },
  });
});
afterAll(async () => server?.close());

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Lax, scoped to the site', async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'leshan.citizen', password: DEMO_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('fw_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const body = (await res.json()) as { csrfToken: string; user: Record<string, unknown> };
    expect(body.user).not.toHaveProperty('passwordHash');
  });

  it('is invalid after logout', async () => {
    const client = await server.loginAs('leshan.citizen');
    expect((await client.post('/auth/logout')).status).toBe(204);
    expect((await client.get('/auth/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, and with a wrong one', async () => {
    const client = await server.loginAs('leshan.citizen');
    const missing = await client.request('POST', '/legal-aid/applications', { json: applicationInput(), csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_failed');
    const wrong = await client.request('POST', '/legal-aid/applications', { json: applicationInput(), headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.status).toBe(403);
    const right = await client.post('/legal-aid/applications', applicationInput());
    expect(right.status).toBe(201);
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after repeated failures for one account, even with the right password', async () => {
    const client = server.client();
    for (let i = 0; i < 3; i++) {
      expect((await client.post('/auth/login', { username: 'beijing.mediator', password: `wrong-${i}-password` })).status).toBe(401);
    }
    const blocked = await client.post('/auth/login', { username: 'beijing.mediator', password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from the same address is not locked by those failures.
    expect((await client.post('/auth/login', { username: 'beijing.notary', password: DEMO_PASSWORD })).status).toBe(200);
  });
});

describe('audit and logs', () => {
  it('records reads and reveals of personal data by staff, without the data itself', async () => {
    const citizen = await server.loginAs('leshan.citizen');
    const created = await citizen.post('/legal-aid/applications', applicationInput());
    const officer = await server.loginAs('leshan.legal_aid_officer');
    await officer.get(`/legal-aid/applications/${created.body.id}`);
    await officer.get(`/legal-aid/applications/${created.body.id}?reveal=idNumber`);
    const admin = await server.loginAs('leshan.bureau_admin');
    const log = await admin.get('/audit-log?pageSize=100&subjectType=legal_aid_application');
    const mine = log.body.items.filter((e: { subjectId: string }) => e.subjectId === created.body.id);
    expect(mine.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'read', 'reveal']);
    const reveal = mine.find((e: { action: string }) => e.action === 'reveal');
    expect(reveal.actor).toMatchObject({ username: 'leshan.legal_aid_officer', role: 'legal_aid_officer' });
    expect(JSON.stringify(log.body)).not.toContain(LESHAN_ID);
  });

  it('never writes ID numbers, phone numbers, passwords or session tokens to the log', async () => {
    const citizen = await server.loginAs('leshan.citizen');
    await citizen.post('/legal-aid/applications', applicationInput());
    await citizen.post('/legal-aid/applications', applicationInput({ applicant: { name: '李秀英', idNumber: '110105194912310021', phone: '13812345678', address: 'x' } }));
    const log = logLines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(LESHAN_ID);
    expect(log).not.toContain('110105194912310021');
    expect(log).not.toContain('13812345678');
    expect(log).not.toContain(DEMO_PASSWORD);
    expect(log).not.toContain(citizen.csrfToken!);
    expect(log).not.toMatch(/fw_session=[A-Za-z0-9_-]{20,}/);
  });
});

describe('list responses mask personal data', () => {
  it('shows masked names and ID numbers to staff in the queue', async () => {
    const officer = await server.loginAs('leshan.legal_aid_officer');
    const queue = await officer.get('/legal-aid/applications?pageSize=100');
    expect(queue.body.items.length).toBeGreaterThan(0);
    for (const item of queue.body.items) {
      expect(item.applicantIdNumber).toMatch(/^\d{3}\*{11}\d{3}[\dX]$/);
      expect(item.applicantName).toMatch(/^.\*+$/u);
    }
    expect(JSON.stringify(queue.body)).not.toContain('13812345678');
  });
});
