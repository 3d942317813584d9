/**
 * Session lifetime: the idle limit by role (30 minutes for staff, 2 hours for citizens by default), the
 * once-a-minute record of use, the absolute 12 hours, what `expiresAt` tells the client, and the purge of
 * dead sessions and rate-limit counters. Idleness is produced by moving `last_seen_at` back in the
 * database, not by waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { buildApp } from '../../src/app.js';
import { SESSION_TTL_MS } from '../../src/http/auth.js';
import { startTestServer, type TestClient, type TestServer } from '../support/server.js';

const MINUTE = 60_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function sessionsOf(username: string) {
  return server.handle.execute(
    `select s.id, s.last_seen_at, s.expires_at from sessions s join users u on u.id = s.user_id where u.username = $1`,
    [username],
  );
}

/** Moves the account's sessions' last use back by `minutes`. */
async function idleFor(username: string, minutes: number) {
  await server.handle.execute(
    `update sessions set last_seen_at = now() - make_interval(mins => $2) where user_id = (select id from users where username = $1)`,
    [username, minutes],
  );
}

async function loggedIn(account: string): Promise<TestClient> {
  // One account per test: each test's sessions are its own.
  const client = await server.loginAs(account);
  expect(await sessionsOf(account)).toHaveLength(1);
  return client;
}

describe('idle timeout', () => {
  it('ends a staff session unused for more than 30 minutes, and deletes it', async () => {
    const officer = await loggedIn('beijing.legal_aid_officer');
    await idleFor('beijing.legal_aid_officer', 29);
    expect((await officer.get('/auth/me')).status).toBe(200);
    await idleFor('beijing.legal_aid_officer', 31);
    expect((await officer.get('/auth/me')).status).toBe(401);
    expect(await sessionsOf('beijing.legal_aid_officer')).toHaveLength(0);
  });

  it('gives a citizen 2 hours', async () => {
    const citizen = await loggedIn('sichuan.citizen');
    await idleFor('sichuan.citizen', 119);
    expect((await citizen.get('/auth/me')).status).toBe(200);
    await idleFor('sichuan.citizen', 121);
    expect((await citizen.get('/auth/me')).status).toBe(401);
    expect(await sessionsOf('sichuan.citizen')).toHaveLength(0);
  });

  it('records use at most once a minute, and a use keeps the session alive', async () => {
    const admin = await loggedIn('zhongshan.bureau_admin');
    const [first] = await sessionsOf('zhongshan.bureau_admin');
    expect((await admin.get('/auth/me')).status).toBe(200);
    expect((await admin.get('/auth/me')).status).toBe(200);
    const [unchanged] = await sessionsOf('zhongshan.bureau_admin');
    expect(new Date(unchanged!.last_seen_at as string).getTime()).toBe(new Date(first!.last_seen_at as string).getTime());

    await idleFor('zhongshan.bureau_admin', 20);
    const before = Date.now();
    expect((await admin.get('/auth/me')).status).toBe(200);
    const [refreshed] = await sessionsOf('zhongshan.bureau_admin');
    expect(new Date(refreshed!.last_seen_at as string).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // 20 + 20 minutes idle in all, but never 30 at a stretch.
    await idleFor('zhongshan.bureau_admin', 20);
    expect((await admin.get('/auth/me')).status).toBe(200);
  });

  it('still ends every session 12 hours after login, however busy', async () => {
    const citizen = await loggedIn('national.citizen');
    await server.handle.execute(
      `update sessions set expires_at = now() - interval '1 second' where user_id = (select id from users where username = $1)`,
      ['national.citizen'],
    );
    expect((await citizen.get('/auth/me')).status).toBe(401);
  });
});

describe('expiresAt', () => {
  it('is when the session ends if unused; the cookie lasts the absolute 12 hours', async () => {
    const started = Date.now();
    const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'beijing.arbitration_secretary', password: 'Fawang-demo-2026' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { expiresAt: string };
    expect(Date.parse(body.expiresAt) - started).toBeGreaterThanOrEqual(30 * MINUTE - 1000);
    expect(Date.parse(body.expiresAt) - started).toBeLessThanOrEqual(30 * MINUTE + 5000);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('fw_session='))!;
    const cookieExpires = Date.parse(/Expires=([^;]+)/i.exec(cookie)![1]!);
    expect(cookieExpires - started).toBeGreaterThan(SESSION_TTL_MS - 5000);
  });

  it('follows the last recorded use, and the absolute end when that comes first', async () => {
    const citizen = await loggedIn('zhongshan.citizen');
    await idleFor('zhongshan.citizen', 10);
    const me = await citizen.get('/auth/me');
    const [row] = await sessionsOf('zhongshan.citizen');
    expect(Date.parse(me.body.expiresAt)).toBe(new Date(row!.last_seen_at as string).getTime() + 120 * MINUTE);

    await server.handle.execute(
      `update sessions set expires_at = now() + interval '5 minutes' where user_id = (select id from users where username = $1)`,
      ['zhongshan.citizen'],
    );
    const [ending] = await sessionsOf('zhongshan.citizen');
    // The database keeps microseconds, the answer milliseconds.
    const told = Date.parse((await citizen.get('/auth/me')).body.expiresAt);
    expect(Math.abs(told - new Date(ending!.expires_at as string).getTime())).toBeLessThanOrEqual(1);
  });
});

describe('buildApp sessionIdleMs', () => {
  it('sets the idle limits', async () => {
    const strict = await buildApp({ db: server.handle.db, regions: await loadBuiltInRegions(), sessionIdleMs: { staff: 5 * MINUTE, citizen: 10 * MINUTE } });
    try {
      const login = await strict.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'national.mediator', password: 'Fawang-demo-2026' } });
      expect(login.statusCode).toBe(200);
      const token = login.cookies.find((c) => c.name === 'fw_session')!.value;
      expect(Date.parse(login.json<{ expiresAt: string }>().expiresAt) - Date.now()).toBeLessThanOrEqual(5 * MINUTE);
      await idleFor('national.mediator', 6);
      // Within the default 30 minutes, past this app's 5.
      const me = await strict.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { fw_session: token } });
      expect(me.statusCode).toBe(401);
    } finally {
      await strict.close();
    }
  });
});

describe('purge', () => {
  it('deletes expired and idle sessions and ended rate-limit windows when an app starts, and nothing alive', async () => {
    const ids = async (usernames: string[]) =>
      Object.fromEntries(
        await Promise.all(usernames.map(async (u) => [u, (await server.handle.execute('select id from users where username = $1', [u]))[0]!.id])),
      );
    const users = await ids(['leshan.notary', 'leshan.mediator', 'leshan.appraiser', 'beijing.citizen', 'leshan.citizen']);
    const session = (id: string, userId: string, lastSeenMinutesAgo: number, expiresInMinutes: number) =>
      server.handle.execute(
        `insert into sessions (id, user_id, csrf_token, created_at, expires_at, last_seen_at)
         values ($1, $2, 'csrf', now() - interval '1 hour', now() + make_interval(mins => $4), now() - make_interval(mins => $3))`,
        [id, userId, lastSeenMinutesAgo, expiresInMinutes],
      );
    await session('purge-expired', users['leshan.notary'], 1, -1);
    await session('purge-idle-staff', users['leshan.mediator'], 31, 600);
    await session('keep-staff', users['leshan.appraiser'], 29, 600);
    await session('keep-citizen', users['beijing.citizen'], 31, 600);
    await session('purge-idle-citizen', users['leshan.citizen'], 121, 600);
    await server.handle.execute(
      `insert into rate_limits (key, points, expire) values
       ('loginAccount:purge-ended', 3, now() - interval '1 second'), ('loginAccount:keep-open', 3, now() + interval '10 minutes')`,
    );
    const app = await buildApp({ db: server.handle.db, regions: await loadBuiltInRegions() });
    await app.close();
    const left = (await server.handle.execute(`select id from sessions where id like 'purge-%' or id like 'keep-%' order by id`)).map((r) => r.id);
    expect(left).toEqual(['keep-citizen', 'keep-staff']);
    const counters = (await server.handle.execute(`select key from rate_limits where key like 'loginAccount:%-%' order by key`)).map((r) => r.key);
    expect(counters).toEqual(['loginAccount:keep-open']);
  });
});
