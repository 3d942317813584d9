/**
 * WORKERS=N: the supervisor forks N API processes sharing one port (node:cluster hands out connections),
 * replaces one that dies, and passes SIGINT/SIGTERM on for a graceful stop. It opens no database and
 * serves nothing itself. The workers take turns on migrations and seeding (an advisory lock, client.ts)
 * and share every piece of request state through PostgreSQL (sessions, limits, idempotency keys).
 */
import cluster, { type Worker } from 'node:cluster';

/** A worker that dies this soon after starting is failing to start, not crashing: do not loop forever. */
const EARLY_EXIT_MS = 10_000;
const MAX_EARLY_EXITS = 3;

export function superviseWorkers(count: number): void {
  let stopping = false;
  let earlyExits = 0;
  const startedAt = new Map<number, number>();

  const fork = () => {
    const worker: Worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      // process.exit() keeps the exit code set when start-up kept failing.
      if (startedAt.size === 0) process.exit();
      return;
    }
    console.error(`Worker ${worker.id} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting another`);
    if (lived < EARLY_EXIT_MS && ++earlyExits >= MAX_EARLY_EXITS) {
      console.error(`Workers keep failing at start-up (${earlyExits} times); stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
      process.exitCode = 1;
      if (startedAt.size === 0) process.exit();
      return;
    }
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (startedAt.size === 0) process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  console.warn(`Fawang supervisor (pid ${process.pid}) starting ${count} workers`);
  for (let i = 0; i < count; i++) fork();
}
