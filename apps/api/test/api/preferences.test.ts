/** Display preferences remembered per account, and handed back with the session on sign-in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';
import { uniqueUsername } from './fixtures.js';

const DEFAULTS = { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false };
const CHOSEN = { locale: 'en', careMode: true, careFontSize: 22, highContrast: true };
const PASSWORD = 'a-long-password-1';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function newCitizen(): Promise<{ client: TestClient; username: string }> {
  const client = server.client();
  const username = uniqueUsername('prefs');
  const res = await client.post('/auth/register', { username, password: PASSWORD, displayName: '张桂兰', regionId: 'leshan' });
  expect(res.status).toBe(201);
  return { client, username };
}

const put = (client: TestClient, json: unknown, options: { csrf?: boolean } = {}) =>
  client.request('PUT', '/auth/me/preferences', { json, ...options });

describe('preferences', () => {
  it('need a session', async () => {
    const client = server.client();
    expect((await client.get('/auth/me/preferences')).status).toBe(401);
    expect((await put(client, CHOSEN)).status).toBe(401);
  });

  it('start as the defaults, in the session too', async () => {
    const { client } = await newCitizen();
    expect((await client.get('/auth/me/preferences')).body).toEqual(DEFAULTS);
    expect((await client.get('/auth/me')).body.preferences).toEqual(DEFAULTS);
  });

  it('are saved per account and come back with the next login', async () => {
    const { client, username } = await newCitizen();
    const saved = await put(client, CHOSEN);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(CHOSEN);
    expect((await client.get('/auth/me/preferences')).body).toEqual(CHOSEN);

    const again = server.client();
    const login = await again.post('/auth/login', { username, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.preferences).toEqual(CHOSEN);
    expect((await again.get('/auth/me')).body.preferences).toEqual(CHOSEN);

    const other = await newCitizen();
    expect((await other.client.get('/auth/me/preferences')).body).toEqual(DEFAULTS);
  });

  it('need the CSRF token to change', async () => {
    const { client } = await newCitizen();
    const res = await put(client, CHOSEN, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
    expect((await client.get('/auth/me/preferences')).body).toEqual(DEFAULTS);
  });

  it('reject unknown, missing and out-of-range fields, naming each', async () => {
    const { client } = await newCitizen();
    const cases: [unknown, string][] = [
      [{ ...CHOSEN, fontScale: 1.25 }, 'body.fontScale'],
      [{ locale: 'en', careMode: true, careFontSize: 22 }, 'body.highContrast'],
      [{ ...CHOSEN, careFontSize: 19 }, 'body.careFontSize'],
      [{ ...CHOSEN, locale: 'fr' }, 'body.locale'],
    ];
    for (const [body, field] of cases) {
      const res = await put(client, body);
      expect(res.status, field).toBe(400);
      expect(res.headers.get('content-type'), field).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field), field).toContain(field);
    }
    expect((await client.get('/auth/me/preferences')).body).toEqual(DEFAULTS);
  });
});
