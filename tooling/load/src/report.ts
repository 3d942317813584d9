/** The benchmark's verdict and its Markdown report (docs/perf/legal-aid-load.md). */
import type { LoadOptions } from './args.js';
import type { LatencySummary } from './stats.js';
import { storeConsistent, type StoreCheck } from './verify.js';

export interface LoadReport {
  date: string;
  command: string;
  /** The 1-minute load average when the run began: other processes sharing the cores. */
  machine: { cpus: number; model: string; node: string; platform: string; memoryGb: number; loadAverageBefore: number };
  options: LoadOptions;
  serverStartSeconds: number;
  /** DATABASE_POOL_MAX of each server process (PostgreSQL runs). */
  poolMax: string;
  setupSeconds: number;
  elapsedSeconds: number;
  requests: number;
  outcomes: Record<string, number>;
  latency: LatencySummary;
  errorSamples: string[];
  store: StoreCheck;
  /** Lines the server logged at level error or fatal during the run. */
  serverErrorLines: string[];
  serverExit: string;
}

/** Every answer that is not 201 Created, transport failures included. */
export function errorCount(outcomes: Record<string, number>): number {
  return Object.entries(outcomes).reduce((sum, [outcome, n]) => (outcome === '201' ? sum : sum + n), 0);
}

/** Passed: requests were made, none failed, and every acknowledged submission is stored exactly once. */
export function passed(report: Pick<LoadReport, 'requests' | 'outcomes' | 'store'>): boolean {
  return report.requests > 0 && errorCount(report.outcomes) === 0 && storeConsistent(report.store);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export function renderReport(r: LoadReport): string {
  const ok = passed(r);
  const errors = errorCount(r.outcomes);
  const throughput = r.requests / r.elapsedSeconds;
  const outcomes = Object.entries(r.outcomes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, n]) => `| ${outcome} | ${n} |`);
  const s = r.store;
  return [
    '# 法律援助申请负载测试 Legal-aid submission load benchmark',
    '',
    `${r.date} — \`${r.command}\` (tooling/load). A benchmark, not a test: one run on one machine.`,
    '',
    `**结论 Verdict: ${ok ? '通过 PASS' : '未通过 FAIL'}** — ${errors} errors, ${s.acknowledged} acknowledged, ${s.stored} stored.`,
    '',
    '## 环境 Setup',
    '',
    `- Machine: ${r.machine.cpus} cores (${r.machine.model}), ${r.machine.memoryGb} GB, ${r.machine.platform}, Node ${r.machine.node};`,
    `  1-minute load average when the run began: ${r.machine.loadAverageBefore}.`,
    r.options.database === 'pglite'
      ? '- Server: the built `apps/api/dist/main.js` (`pnpm start`), one process, PGlite in a fresh temporary folder (durable writes, the default),'
      : `- Server: the built \`apps/api/dist/main.js\` (\`pnpm start\`), \`WORKERS=${r.options.workers}\` processes, a fresh database on the machine's PostgreSQL (\`DATABASE_POOL_MAX=${r.poolMax}\` each),`,
    '  demo data seeded, `LOG_LEVEL=warn`, `TRUST_PROXY=127.0.0.1` (each citizen sends its own address in `X-Forwarded-For`).',
    '  The load generator runs on the same machine and shares its cores.',
    `- Server start (migrations and demo seed): ${r.serverStartSeconds.toFixed(1)} s. Setup of ${r.options.users} citizen accounts`,
    `  (register, then log in; not timed): ${r.setupSeconds.toFixed(1)} s.`,
    `- Timed phase: ${r.options.users} concurrent citizens (群众) for ${r.options.durationSeconds} s, each submitting`,
    '  `POST /api/v1/legal-aid/applications` back to back (region leshan, valid resident ID, varied case summary, pledge signed,',
    '  a new `Idempotency-Key` each); requests in flight at the end are awaited and counted.',
    '',
    '## 结果 Results',
    '',
    '| Figure | Value |',
    '| --- | --- |',
    `| Requests | ${r.requests} in ${r.elapsedSeconds.toFixed(1)} s |`,
    `| Throughput | ${throughput.toFixed(1)} submissions/s |`,
    `| Errors | ${errors} |`,
    `| Latency p50 | ${ms(r.latency.p50)} |`,
    `| Latency p95 | ${ms(r.latency.p95)} |`,
    `| Latency p99 | ${ms(r.latency.p99)} |`,
    `| Latency max | ${ms(r.latency.max)} |`,
    `| Latency mean | ${ms(r.latency.mean)} |`,
    '',
    'Answers by status (or transport failure):',
    '',
    '| Outcome | Count |',
    '| --- | --- |',
    ...outcomes,
    '',
    ...(r.errorSamples.length ? ['First answer of each error outcome:', '', ...r.errorSamples.map((e) => `- \`${e.replace(/`/g, "'")}\``), ''] : []),
    '## 存储核对 Acknowledged vs stored',
    '',
    '| Check | Value |',
    '| --- | --- |',
    `| Acknowledged (201 with an id) | ${s.acknowledged} |`,
    `| Distinct acknowledged ids | ${s.uniqueIds} |`,
    `| Stored in leshan (officer's total after − before) | ${s.stored} (${s.storedAfter} − ${s.storedBefore}) |`,
    `| Citizens whose own list differs from their acknowledgements | ${s.citizenMismatches} of ${r.options.users} |`,
    `| Sample read back by id as the officer | ${s.sampled - s.sampleFailures} of ${s.sampled} |`,
    '',
    `Server: ${r.serverErrorLines.length} error lines logged; ${r.serverExit}.`,
    ...(r.serverErrorLines.length ? ['', '```', ...r.serverErrorLines.slice(0, 10).map((l) => l.slice(0, 400)), '```'] : []),
    '',
  ].join('\n');
}
