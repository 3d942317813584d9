/**
 * `pnpm load [--users 200] [--duration 60] [--database pglite|postgres] [--workers N] [--report …]` —
 * starts the built API on a fresh PGlite folder or PostgreSQL database, prepares the citizens, lets them submit legal-aid applications for the
 * duration, checks that every acknowledged submission is stored, writes the report and stops the server.
 * Exits 1 when any request failed or the store does not match, 2 on bad options.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseLoadArgs, USAGE, UsageError, type LoadOptions } from './args.js';
import { prepareCitizens } from './citizens.js';
import { errorCount, passed, renderReport, type LoadReport } from './report.js';
import { ensureBuilt, poolMax, repoRoot, startServer, type RunningServer } from './server.js';
import { summarizeLatencies } from './stats.js';
import { runTimedPhase } from './timed-phase.js';
import { checkStore, countBefore, officerClient } from './verify.js';

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Pino lines at level error (50) or fatal (60), and anything else that looks like a crash. */
function serverErrorLines(output: string): string[] {
  return output.split('\n').filter((line) => /"level":(50|60)\b|Error:|ERR_/.test(line));
}

async function measure(server: RunningServer, options: LoadOptions, serverStartSeconds: number): Promise<Omit<LoadReport, 'serverExit' | 'serverErrorLines'>> {
  // Other work on the machine shares the cores with the server and the load: the report says how busy it was.
  const loadBefore = loadavg()[0]!;
  const officer = await officerClient(server.baseUrl);
  const storedBefore = await countBefore(officer);

  console.warn(`preparing ${options.users} citizens (register + log in) …`);
  const setupStarted = performance.now();
  const citizens = await prepareCitizens(server.baseUrl, options.users);
  const setupSeconds = seconds(setupStarted);

  console.warn(`timed phase: ${options.users} citizens for ${options.durationSeconds} s …`);
  const phase = await runTimedPhase(citizens, options.durationSeconds * 1000, (r) =>
    console.warn(`  ${(r.elapsedMs / 1000).toFixed(0)} s: ${r.latenciesMs.length} answers, ${r.acknowledged.length} acknowledged, ${r.latenciesMs.length - r.acknowledged.length} errors`),
  );

  console.warn('checking the store …');
  const store = await checkStore(officer, citizens, phase.acknowledged, storedBefore);
  for (const client of [officer, ...citizens.map((c) => c.client)]) client.close();
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    command: `pnpm load --users ${options.users} --duration ${options.durationSeconds}${
      options.database === 'postgres' ? ` --database postgres --workers ${options.workers}` : ''
    }`,
    machine: {
      cpus: cpu.length,
      model: cpu[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${platform()} ${release()}`,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverageBefore: Math.round(loadBefore * 100) / 100,
    },
    options,
    serverStartSeconds,
    poolMax,
    setupSeconds,
    elapsedSeconds: phase.elapsedMs / 1000,
    requests: phase.latenciesMs.length,
    outcomes: Object.fromEntries(phase.outcomes),
    latency: summarizeLatencies(phase.latenciesMs),
    errorSamples: phase.errorSamples,
    store,
  };
}

async function main(): Promise<number> {
  let options: LoadOptions;
  try {
    options = parseLoadArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  ensureBuilt();
  console.warn(`starting the API on a fresh ${options.database === 'pglite' ? 'PGlite folder' : `PostgreSQL database, ${options.workers} workers`} …`);
  const startStarted = performance.now();
  const server = await startServer({ database: options.database, workers: options.workers });
  const serverStartSeconds = seconds(startStarted);
  let measured;
  try {
    measured = await measure(server, options, serverStartSeconds);
  } catch (error) {
    await server.stop();
    console.error(`server output:\n${server.output().slice(-4000)}`);
    throw error;
  }
  const exit = await server.stop();
  const report: LoadReport = {
    ...measured,
    serverErrorLines: serverErrorLines(server.output()),
    serverExit: exit.exitCode === 0 ? 'it stopped cleanly on SIGTERM' : `it stopped with exit code ${exit.exitCode} (signal ${exit.signal ?? 'none'})`,
  };
  const markdown = renderReport(report);
  const file = resolve(repoRoot, options.reportPath);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown);
  process.stdout.write(markdown);
  console.warn(`report written to ${file}`);
  if (!passed(report)) {
    console.error(`FAIL: ${errorCount(report.outcomes)} errors; ${report.store.acknowledged} acknowledged, ${report.store.stored} stored`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
