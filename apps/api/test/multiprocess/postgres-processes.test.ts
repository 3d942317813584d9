/**
 * Several real API processes on one PostgreSQL database, as a province runs them behind its proxy:
 * they start together on an empty database, share the login limiter and idempotency keys, and under 200
 * concurrent submitters (WORKERS=2) acknowledge only what they keep.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, DEMO_PASSWORD, postgresAdminUrl, withDatabase } from '../support/databases.js';
import { startServerProcess, stopServer, type RunningServer } from '../support/process.js';
import { TestClient } from '../support/server.js';
import { applicationInput } from '../api/fixtures.js';

const database = `fawang_mp_${randomBytes(5).toString('hex')}`;
const databaseUrl = withDatabase(postgresAdminUrl(), database);
const running: RunningServer[] = [];
let sql: pg.Pool;

beforeAll(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  sql = new pg.Pool({ connectionString: databaseUrl, max: 4 });
});
afterAll(async () => {
  await Promise.all(running.map((server) => stopServer(server)));
  await sql?.end();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

async function count(query: string, params: unknown[] = []): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(query, params);
  return Number(rows[0]!.n);
}

async function login(baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const client = new TestClient(`${baseUrl}/api/v1`);
  const res = await client.post('/auth/login', { username, password });
  return { client, res };
}


describe('three processes on one empty PostgreSQL database', () => {
  it('all start together: migrations and demo seeding run once, under the advisory lock', async () => {
    const env = { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '5' };
    running.push(...(await Promise.all([startServerProcess(env), startServerProcess(env), startServerProcess(env)])));
    for (const server of running) expect((await fetch(`${server.baseUrl}/api/v1/health`)).status).toBe(200);
    const { readdir } = await import('node:fs/promises');
    const { migrationsFolder } = await import('../../src/db/migrate.js');
    const migrations = (await readdir(migrationsFolder)).filter((file) => file.endsWith('.sql')).length;
    expect(await count('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')).toBe(migrations);
    // Seeding twice would have doubled the synthetic directory and failed on the demo usernames.
    expect(await count(`SELECT count(*) AS n FROM users WHERE username = 'leshan.citizen'`)).toBe(1);
    // The same seed as the run's template database, once.
    const template = new pg.Client({ connectionString: withDatabase(postgresAdminUrl(), inject('pgTemplate')) });
    await template.connect();
    try {
      for (const table of ['organizations', 'practitioners', 'users']) {
        const { rows } = await template.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
        expect(await count(`SELECT count(*) AS n FROM ${table}`), table).toBe(Number(rows[0]!.n));
      }
    } finally {
      await template.end();
    }
  });

  it('share the login limiter: failures on one process count on the others', async () => {
    const [a, b, c] = running as [RunningServer, RunningServer, RunningServer];
    const servers = [a, b, c];
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await login(servers[attempt % 3]!.baseUrl, 'beijing.citizen', 'wrong-password')).res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    for (const server of servers) {
      const { res } = await login(server.baseUrl, 'beijing.citizen', 'wrong-password');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('share sessions and idempotency keys: concurrent retries across processes create one application', async () => {
    const { client, res } = await login(running[0]!.baseUrl, 'leshan.citizen');
    expect(res.status).toBe(200);
    const key = randomUUID();
    const before = await count('SELECT count(*) AS n FROM cases');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.via(`${running[i % 3]!.baseUrl}/api/v1`).post('/legal-aid/applications', applicationInput(), { 'idempotency-key': key })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(before + 1);
  });
});

describe('WORKERS=2 under 200 concurrent submitters', () => {
  it('answers every submission without a 5xx and keeps every acknowledged application', async () => {
    const cluster = await startServerProcess({ DATABASE_URL: databaseUrl, WORKERS: '2', DATABASE_POOL_MAX: '20' });
    running.push(cluster);
    const accounts = ['leshan.citizen', 'zhongshan.citizen', 'sichuan.citizen', 'national.citizen'];
    const clients = await Promise.all(
      accounts.map(async (username) => {
        const { client, res } = await login(cluster.baseUrl, username);
        expect(res.status, username).toBe(200);
        return client;
      }),
    );
    const acknowledged: string[] = [];
    const failures: string[] = [];
    const deadline = Date.now() + 15_000;
    const submitter = async (i: number) => {
      const client = clients[i % clients.length]!;
      while (Date.now() < deadline) {
        const res = await client.post('/legal-aid/applications', applicationInput({ regionId: 'leshan' }));
        if (res.status === 201) acknowledged.push(res.body.id);
        else failures.push(`${res.status} ${res.text.slice(0, 120)}`);
      }
    };
    await Promise.all(Array.from({ length: 200 }, (_, i) => submitter(i)));
    expect(failures).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(200);
    const kept = await count('SELECT count(*) AS n FROM cases WHERE id = ANY($1::uuid[])', [acknowledged]);
    expect(kept).toBe(acknowledged.length);
  });
});
