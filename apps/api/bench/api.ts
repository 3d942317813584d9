/**
 * `pnpm bench:api [--scale 200000] [--connections 100] [--duration 10] [--postgres]` — seeds a fresh
 * database (demo data, or `--scale` practitioners): a PGlite folder, or with `--postgres` a database of its
 * own on the test server (TEST_POSTGRES_URL, default 127.0.0.1:5432/test), served by two API processes
 * (WORKERS=2). Starts the built server as its own process and drives it with autocannon. Writes a JSON
 * report of p50/p95/p99 latency (ms) and requests/s per scenario to `docs/benchmarks/api-<scale>.json`
 * (`api-<scale>-postgres.json`), with whether search met its goal. A measurement, not a test.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Request as LoadRequest } from 'autocannon';
import { loadBuiltInRegions } from '@fawang/regions/node';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { demoRegions, seedDemoData } from '../src/seed/index.js';
import { killHard, startServerProcess, stopServer, type RunningServer } from '../test/support/process.js';
import { applicationInput } from '../test/api/fixtures.js';
import { adminQuery, DEMO_PASSWORD, postgresAdminUrl, withDatabase } from '../test/support/databases.js';
import { searchMix } from './search-mix.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    postgres: { type: 'boolean', default: false },
  },
});
const scale = values.scale ? Number(values.scale) : undefined;
const connections = Number(values.connections);
const duration = Number(values.duration);
if ((scale !== undefined && !(scale >= 2000 && scale <= 1_000_000)) || !(connections > 0) || !(duration > 0)) {
  console.error('usage: bench:api [--scale 2000..1000000] [--connections N] [--duration seconds] [--postgres]');
  process.exit(2);
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Scenario {
  name: string;
  description: string;
  connections: number;
  requests: LoadRequest[];
}

async function drive(baseUrl: string, scenario: Scenario) {
  const times: number[] = [];
  const instance = autocannon({ url: baseUrl, connections: scenario.connections, duration, requests: scenario.requests, timeout: 10 });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    scenario: scenario.name,
    description: scenario.description,
    connections: scenario.connections,
    durationSeconds: duration,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    latencyMs: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), max: round(result.latency.max) },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

const SEARCH_GOAL_P95_MS = 25;

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'fawang-bench-'));
  const postgres = values.postgres ? `fawang_bench_${process.pid}` : undefined;
  const databaseUrl = postgres ? withDatabase(postgresAdminUrl(), postgres) : undefined;
  // The server's database settings: its PGlite folder, or PostgreSQL shared by two processes.
  const databaseEnv: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl, WORKERS: '2' } : { DATA_DIR: dataDir };
  // A supervisor (WORKERS) is stopped with SIGTERM so that it takes its workers with it.
  const stop = (server: RunningServer) => (databaseUrl ? stopServer(server) : killHard(server));
  try {
    const regions = await loadBuiltInRegions();
    if (postgres) await adminQuery(`CREATE DATABASE ${postgres}`);
    console.warn(`seeding ${scale ?? 'demo'} practitioners into ${postgres ? `PostgreSQL database ${postgres}` : dataDir} …`);
    const seeding = Date.now();
    const handle = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
    await migrateDatabase(handle);
    const seeded = await seedDemoData(handle, { regions: demoRegions(regions), demoPassword: DEMO_PASSWORD, ...(scale ? { practitioners: scale } : {}) });
    const orgIds = (await handle.execute('select id from organizations order by id limit 500')).map((r) => String(r.id));
    const surnames = (await handle.execute("select left(name, 1) s from practitioners group by 1 order by count(*) desc limit 80")).map((r) => String(r.s));
    await handle.close();
    const seedSeconds = (Date.now() - seeding) / 1000;
    const mix = searchMix(surnames, 3000);
    const searchRequest = [{ method: 'GET' as const, setupRequest: (req: LoadRequest) => ({ ...req, path: mix.pick() }) }];
    const searchDescription = `GET /practitioners: ${mix.paths.length} distinct searches (region, type, specialty, family name, division, sort, page), Zipf-distributed`;

    const results = [];
    // 1. The database's own cost: the read cache off, at low and at full concurrency.
    const uncached = await startServerProcess({ ...databaseEnv, LOG_LEVEL: 'error', DIRECTORY_CACHE_SECONDS: '0' }, { entry: 'dist', timeoutMs: 300_000 });
    try {
      for (const c of [10, connections]) {
        const scenario = { name: `search-uncached-c${c}`, description: `${searchDescription}; read cache off`, connections: c, requests: searchRequest };
        console.warn(`driving ${scenario.name} with ${c} connections for ${duration} s …`);
        results.push(await drive(uncached.baseUrl, scenario));
      }
    } finally {
      await stop(uncached);
    }

    // 2. The server as `pnpm start` runs it.
    // Trusting 127.0.0.1 as the proxy lets each login come from an address of its own (below), as many
    // people's would; from one address, ten logins in flight would meet the per-address login limit.
    const server = await startServerProcess({ ...databaseEnv, LOG_LEVEL: 'error', TRUST_PROXY: '127.0.0.1' }, { entry: 'dist', timeoutMs: 300_000 });
    try {
      const base = server.baseUrl;
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'leshan.citizen', password: DEMO_PASSWORD }),
      });
      if (!login.ok) throw new Error(`login failed: ${login.status}`);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      let next = 0;
      const scenarios: Scenario[] = [
        { name: 'search', description: `${searchDescription}; read cache on (default, 60 s)`, connections, requests: searchRequest },
        // The same mix again, within the cache's 60 s: the steady state of a running portal, where the
        // popular searches are cached and only rarer ones reach the database. The run above is the cold start.
        {
          name: 'search-warm',
          description: `${searchDescription}; read cache on, right after the run above (cache warm: steady state)`,
          connections,
          requests: searchRequest,
        },
        {
          name: 'organization-detail',
          description: 'GET /organizations/{id} over 500 organizations',
          connections,
          requests: [{ method: 'GET', setupRequest: (req: LoadRequest) => ({ ...req, path: `/api/v1/organizations/${orgIds[next++ % orgIds.length]}` }) }],
        },
        {
          name: 'login',
          description: 'POST /auth/login (scrypt N=2^15: deliberately slow, bounded by CPU)',
          connections: Math.min(connections, 10),
          requests: [
            {
              method: 'POST',
              path: '/api/v1/auth/login',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ username: 'beijing.citizen', password: DEMO_PASSWORD }),
              setupRequest: (req: LoadRequest) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': `10.1.${(next >> 8) & 255}.${next++ & 255}` } }),
            },
          ],
        },
        {
          name: 'create-application',
          description: 'POST /legal-aid/applications (validated, one transaction, audit entry)',
          connections: Math.min(connections, 20),
          requests: [
            {
              method: 'POST',
              path: '/api/v1/legal-aid/applications',
              headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
              body: JSON.stringify(applicationInput()),
            },
          ],
        },
      ];
      for (const scenario of scenarios) {
        console.warn(`driving ${scenario.name} with ${scenario.connections} connections for ${duration} s …`);
        results.push(await drive(base, scenario));
      }
    } finally {
      await stop(server);
    }

    const searchGoal = results
      .filter((r) => r.scenario.startsWith('search'))
      .map((r) => ({ scenario: r.scenario, connections: r.connections, p95Ms: r.latencyMs.p95, met: r.latencyMs.p95 < SEARCH_GOAL_P95_MS && r.errors + r.timeouts + r.non2xx === 0 }));
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
      database: databaseUrl ? 'postgresql, WORKERS=2' : 'pglite (data folder)',
      data: { practitioners: seeded.practitioners, organizations: seeded.organizations, seedSeconds },
      goal: { description: `search p95 under ${SEARCH_GOAL_P95_MS} ms with zero errors`, results: searchGoal },
      results,
    };
    const outDir = join(repoRoot, 'docs', 'benchmarks');
    await mkdir(outDir, { recursive: true });
    const file = join(outDir, `api-${scale ?? 'demo'}${postgres ? '-postgres' : ''}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.warn(`report written to ${file}`);
    for (const r of results) {
      console.warn(
        `${r.scenario.padEnd(22)} c${String(r.connections).padEnd(4)} p50 ${r.latencyMs.p50} ms  p95 ${r.latencyMs.p95} ms  p99 ${r.latencyMs.p99} ms  ${r.requestsPerSecond} req/s  errors ${r.errors} timeouts ${r.timeouts} non-2xx ${r.non2xx}`,
      );
    }
    // A measurement, not a test: it fails only when the server answers with errors.
    if (results.some((r) => r.non2xx > 0)) process.exitCode = 1;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    if (postgres) await adminQuery(`DROP DATABASE IF EXISTS ${postgres} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
