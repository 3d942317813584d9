/**
 * The server under test: the built `apps/api/dist/main.js` as `pnpm start` runs it, as a child process on
 * a free port with a fresh PGlite folder, or a fresh database on the machine's PostgreSQL (LOAD_POSTGRES_URL,
 * default the local server's `test` database) with WORKERS processes; demo data seeded either way, so the
 * region profiles and demo accounts exist. It trusts 127.0.0.1 as its reverse proxy (see citizens.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiDir = join(repoRoot, 'apps/api');
const entry = join(apiDir, 'dist/main.js');

/** Builds the API and what it imports when `dist/main.js` is missing (`pnpm load` from the root builds first anyway). */
export function ensureBuilt(): void {
  if (existsSync(entry)) return;
  console.warn('apps/api/dist/main.js is missing; building @fawang/api …');
  const result = spawnSync('pnpm', ['turbo', 'run', 'build', '--filter=@fawang/api...', '--output-logs=errors-only'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(entry)) throw new Error('building @fawang/api failed');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM (the server closes Fastify and PGlite), SIGKILL after a grace period; removes the data folder. */
  stop(): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>;
}

function exited(child: ChildProcess): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ exitCode: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (exitCode, signal) => resolve({ exitCode, signal })));
}

const postgresAdminUrl = process.env.LOAD_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for the run and how to drop it. */
async function freshDatabase(database: 'pglite' | 'postgres', dataDir: string) {
  if (database === 'pglite') return { env: { DATA_DIR: join(dataDir, 'pglite') }, drop: async () => {} };
  const name = `fawang_load_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() }, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface ServerOptions {
  database: 'pglite' | 'postgres';
  workers: number;
  timeoutMs?: number;
}

/** Connections per process; the default is the server's own (10), DATABASE_POOL_MAX overrides it. */
export const poolMax = process.env.DATABASE_POOL_MAX ?? '10';

export async function startServer({ database, workers, timeoutMs = 180_000 }: ServerOptions): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'fawang-load-'));
  const store = await freshDatabase(database, dataDir);
  const cleanUp = async () => {
    await rm(dataDir, { recursive: true, force: true });
    await store.drop();
  };
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: apiDir,
    // NODE_ENV=development: a production server would not seed the demo accounts the checks log in with.
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      TRUST_PROXY: '127.0.0.1',
      WORKERS: String(workers),
      DATABASE_POOL_MAX: poolMax,
      ...store.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const server: RunningServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      const done = exited(child);
      child.kill('SIGTERM');
      const grace = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await done;
      clearTimeout(grace);
      await cleanUp();
      return result;
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await cleanUp();
      throw new Error(`the server exited with ${child.exitCode} while starting:\n${output}`);
    }
    try {
      if ((await fetch(`${server.baseUrl}/api/v1/health`)).ok) return server;
    } catch {
      // Not listening yet: migrations and the demo seed run first.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`the server was not healthy within ${timeoutMs / 1000} s:\n${output}`);
}
