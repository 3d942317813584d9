/**
 * Starts the real server on a free port over a clone of the seeded database, and a small HTTP client
 * that keeps cookies and the CSRF token like a browser would.
 */
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { buildApp, type BuildAppOptions } from '../../src/app.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { adminQuery, DEMO_PASSWORD, postgresAdminUrl, withDatabase } from './databases.js';

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  handle: DatabaseHandle;
  client(): TestClient;
  /** A client already logged in as the demo account `<region>.<role>`. */
  loginAs(account: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: { json?: unknown; raw?: string | Buffer; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.csrf !== false && this.csrfToken && method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    let body: string | Buffer | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    } else if (options.raw !== undefined) {
      body = options.raw;
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrfToken = (parsed as { csrfToken: string }).csrfToken;
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  /** The same session (cookies, CSRF token) sent to another process of the same deployment. */
  via(baseUrl: string): TestClient {
    const other = new TestClient(baseUrl);
    other.cookies = this.cookies;
    other.csrfToken = this.csrfToken;
    return other;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, json?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, { ...(json !== undefined ? { json } : {}), ...(headers ? { headers } : {}) });
  }
  hasSession(): boolean {
    return this.cookies.has('fw_session');
  }
}

async function openClone(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (inject('dbMode') === 'postgres') {
    const name = `fawang_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const handle = await openDatabase({ databaseUrl: withDatabase(postgresAdminUrl(), name) });
    return { handle, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dump = await readFile(inject('pgliteDump'));
  const handle = await openDatabase({ memory: true, loadDataDir: new Blob([dump]) });
  return { handle, drop: async () => {} };
}

export async function startTestServer(options: Partial<BuildAppOptions> = {}): Promise<TestServer> {
  const { handle, drop } = await openClone();
  const regions = await loadBuiltInRegions();
  const app = await buildApp({ db: handle.db, regions, ...options });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const server: TestServer = {
    app,
    baseUrl: address,
    handle,
    client: () => new TestClient(`${address}/api/v1`),
    async loginAs(account) {
      const client = new TestClient(`${address}/api/v1`);
      const res = await client.post('/auth/login', { username: account, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login as ${account} failed: ${res.status} ${res.text}`);
      return client;
    },
    async close() {
      await app.close();
      await handle.close();
      await drop();
    },
  };
  return server;
}
