/**
 * Login and registration limits kept in the database, the client address behind a trusted proxy, and
 * the audit of failed logins. The limits are lowered here (buildApp's `rateLimits`) so a test reaches
 * them in a few requests; the windows stay long, so nothing resets while a test runs.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimitPolicy } from '../../src/http/rate-limits.js';
import { startTestServer, type TestResponse, type TestServer } from '../support/server.js';
import { DEMO_PASSWORD } from '../support/databases.js';
import { uniqueUsername } from './fixtures.js';

const LIMITS: RateLimitPolicy = {
  loginAccountAddress: { points: 3, seconds: 900 },
  loginAccount: { points: 6, seconds: 3600 },
  loginAddress: { points: 10, seconds: 900 },
  registrationAddress: { points: 2, seconds: 3600 },
};

/** Behind a reverse proxy on 127.0.0.1, the tests' own address: X-Forwarded-For names the client. */
let proxied: TestServer;
/** Trusting only a proxy network the tests are not in: X-Forwarded-For is the client's own claim. */
let direct: TestServer;

beforeAll(async () => {
  [proxied, direct] = await Promise.all([
    startTestServer({ trustProxy: ['127.0.0.1'], rateLimits: LIMITS }),
    startTestServer({ trustProxy: ['10.0.0.0/8'], rateLimits: LIMITS }),
  ]);
});
afterAll(async () => {
  await Promise.all([proxied?.close(), direct?.close()]);
});

function login(server: TestServer, username: string, password: string, forwardedFor?: string): Promise<TestResponse<any>> {
  return server.client().post('/auth/login', { username, password }, forwardedFor ? { 'x-forwarded-for': forwardedFor } : undefined);
}

function expectRateLimited(res: TestResponse<any>) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({ status: 429, code: 'rate_limited', type: '/api/v1/problems/rate_limited' });
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

async function userId(server: TestServer, username: string): Promise<string> {
  const [row] = await server.handle.execute('select id from users where username = $1', [username]);
  return row!.id as string;
}

describe('login limits', () => {
  it('caps failures per account across rotating client addresses', async () => {
    for (let i = 1; i <= LIMITS.loginAccount.points; i++) {
      // One failure per address: each stays far below the per-account-and-address limit.
      expect((await login(proxied, 'zhongshan.notary', `wrong-password-${i}`, `198.51.100.${i}`)).status).toBe(401);
    }
    const blocked = await login(proxied, 'zhongshan.notary', DEMO_PASSWORD, '198.51.100.200');
    expectRateLimited(blocked);
    // About an hour: the per-account window, not the quarter-hour of the others.
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(900);
    // The address itself is not blocked: another account logs in from it.
    expect((await login(proxied, 'zhongshan.mediator', DEMO_PASSWORD, '198.51.100.200')).status).toBe(200);
  });

  it('believes X-Forwarded-For from a trusted proxy: another client address is another counter', async () => {
    for (let i = 0; i < LIMITS.loginAccountAddress.points; i++) {
      expect((await login(proxied, 'beijing.appraiser', `wrong-password-${i}`, '203.0.113.10')).status).toBe(401);
    }
    expectRateLimited(await login(proxied, 'beijing.appraiser', DEMO_PASSWORD, '203.0.113.10'));
    expect((await login(proxied, 'beijing.appraiser', DEMO_PASSWORD, '203.0.113.11')).status).toBe(200);
    // The audit log names the client, not the proxy.
    const rows = await proxied.handle.execute(`select ip from audit_log where action = 'login_failed' and subject_id = $1`, [
      await userId(proxied, 'beijing.appraiser'),
    ]);
    expect(rows.map((r) => r.ip)).toEqual(['203.0.113.10', '203.0.113.10', '203.0.113.10']);
  });

  it('caps failures per address whatever the account, even for the right password', async () => {
    for (let i = 0; i < LIMITS.loginAddress.points; i++) {
      expect((await login(proxied, `nobody-${i}`, 'wrong-password', '192.0.2.77')).status).toBe(401);
    }
    expectRateLimited(await login(proxied, 'sichuan.notary', DEMO_PASSWORD, '192.0.2.77'));
    expect((await login(proxied, 'sichuan.notary', DEMO_PASSWORD, '192.0.2.78')).status).toBe(200);
  });

  it('forgets the failures of an account at an address once it logs in there', async () => {
    const address = '203.0.113.40';
    for (let i = 0; i < LIMITS.loginAccountAddress.points - 1; i++) {
      expect((await login(proxied, 'sichuan.mediator', 'wrong-password', address)).status).toBe(401);
    }
    expect((await login(proxied, 'sichuan.mediator', DEMO_PASSWORD, address)).status).toBe(200);
    // Without the reset the next failure would already be the last one allowed.
    for (let i = 0; i < LIMITS.loginAccountAddress.points; i++) {
      expect((await login(proxied, 'sichuan.mediator', 'wrong-password', address)).status).toBe(401);
    }
    expectRateLimited(await login(proxied, 'sichuan.mediator', DEMO_PASSWORD, address));
  });

  it('counts parallel guesses before their passwords are checked', async () => {
    // Twice the per-account-and-address limit, within the others: exactly the limit get an answer to their guess.
    const parallel = 2 * LIMITS.loginAccountAddress.points;
    const guesses = await Promise.all(
      Array.from({ length: parallel }, (_, i) => login(proxied, 'national.appraiser', `parallel-guess-${i}`, '203.0.113.60')),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMITS.loginAccountAddress.points);
    expect(statuses.filter((s) => s === 429)).toHaveLength(parallel - LIMITS.loginAccountAddress.points);
  });

  it('keeps neither an unknown username nor what was typed, in the counters or the audit log', async () => {
    const typed = `Typed-Secret-${Date.now()}`;
    const before = await proxied.handle.execute(`select count(*)::int as n from audit_log where action = 'login_failed'`);
    expect((await login(proxied, typed, 'wrong-password', '203.0.113.90')).status).toBe(401);
    const after = await proxied.handle.execute(`select count(*)::int as n from audit_log where action = 'login_failed'`);
    expect(after[0]!.n).toBe(before[0]!.n);
    const keys = (await proxied.handle.execute('select key from rate_limits')).map((r) => String(r.key));
    expect(keys.some((k) => k.toLowerCase().includes(typed.toLowerCase()))).toBe(false);
    const hashed = createHash('sha256').update(typed.toLowerCase()).digest('hex');
    expect(keys).toContain(`loginAccount:${hashed}`);
    expect(keys).toContain(`loginAccountAddress:${hashed}|203.0.113.90`);
    const audit = await proxied.handle.execute('select subject_id from audit_log');
    expect(audit.some((r) => String(r.subject_id).includes(typed))).toBe(false);
  });
});

describe('failed logins in the audit log', () => {
  it('are filed under the account’s region, for its bureau administrators and those above', async () => {
    expect((await login(proxied, 'leshan.lawyer', 'wrong-password', '203.0.113.120')).status).toBe(401);
    const lawyerId = await userId(proxied, 'leshan.lawyer');
    const forLawyer = (items: Array<{ subjectId: string }>) => items.filter((e) => e.subjectId === lawyerId);

    const leshan = await (await proxied.loginAs('leshan.bureau_admin')).get('/audit-log?action=login_failed&pageSize=100');
    expect(leshan.status).toBe(200);
    expect(forLawyer(leshan.body.items)).toEqual([
      expect.objectContaining({ action: 'login_failed', subjectType: 'user', subjectId: lawyerId, regionId: 'leshan', actor: null, ip: '203.0.113.120' }),
    ]);
    const sichuan = await (await proxied.loginAs('sichuan.bureau_admin')).get('/audit-log?action=login_failed&pageSize=100');
    expect(forLawyer(sichuan.body.items)).toHaveLength(1);
    const beijing = await (await proxied.loginAs('beijing.bureau_admin')).get('/audit-log?action=login_failed&pageSize=100');
    expect(forLawyer(beijing.body.items)).toHaveLength(0);
  });
});

describe('registration limit', () => {
  const register = (server: TestServer, address: string, username = uniqueUsername()) =>
    server
      .client()
      .post(
        '/auth/register',
        { username, password: 'a-long-password-1', displayName: '刘桂芳', regionId: 'leshan', phone: '13900002222' },
        { 'x-forwarded-for': address },
      );

  it('answers 429 after the limit from one address, naming no personal data, and creates no account', async () => {
    for (let i = 0; i < LIMITS.registrationAddress.points; i++) {
      expect((await register(proxied, '198.51.100.150')).status).toBe(201);
    }
    const username = uniqueUsername('refused');
    const refused = await register(proxied, '198.51.100.150', username);
    expectRateLimited(refused);
    for (const personal of [username, '刘桂芳', '13900002222', '198.51.100.150']) expect(refused.text).not.toContain(personal);
    expect(await proxied.handle.execute('select 1 from users where username = $1', [username])).toHaveLength(0);
    // Another address may still register.
    expect((await register(proxied, '198.51.100.151')).status).toBe(201);
  });
});

describe('an untrusted X-Forwarded-For', () => {
  // Last: it blocks the tests' own address on this server.
  it('does not let a client escape the per-address limit by rotating it', async () => {
    for (let i = 0; i < LIMITS.loginAddress.points; i++) {
      const res = await login(direct, `nobody-${i}`, 'wrong-password', `198.51.100.${i + 1}`);
      expect(res.status).toBe(401);
    }
    expectRateLimited(await login(direct, 'beijing.lawyer', DEMO_PASSWORD, '198.51.100.250'));
    const rows = await direct.handle.execute('select key from rate_limits where key like $1', ['loginAddress:%']);
    expect(rows.map((r) => r.key)).toEqual(['loginAddress:127.0.0.1']);
  });
});
