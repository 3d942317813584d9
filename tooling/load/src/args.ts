/** Command-line options of `pnpm load`, validated before anything starts. */
import { parseArgs } from 'node:util';

export interface LoadOptions {
  /** Concurrent citizens (群众), each with its own account and session. */
  users: number;
  /** Length of the timed phase in seconds. */
  durationSeconds: number;
  /** Where the Markdown report goes, relative to the repository root. */
  reportPath: string;
  /** The server's database: a fresh PGlite folder, or a fresh database on the machine's PostgreSQL. */
  database: 'pglite' | 'postgres';
  /** API processes (WORKERS); more than one needs PostgreSQL. */
  workers: number;
}

export const DEFAULT_OPTIONS: LoadOptions = { users: 200, durationSeconds: 60, reportPath: 'docs/perf/legal-aid-load.md', database: 'pglite', workers: 1 };

export const USAGE =
  'usage: pnpm load [--users 1..2000] [--duration 1..3600 seconds] [--database pglite|postgres] [--workers 1..16] [--report docs/perf/legal-aid-load.md]';

export class UsageError extends Error {}

function integerIn(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** Parses argv (without node and the script); throws UsageError naming the bad option. */
export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        users: { type: 'string' },
        duration: { type: 'string' },
        report: { type: 'string' },
        database: { type: 'string' },
        workers: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const reportPath = values.report ?? DEFAULT_OPTIONS.reportPath;
  if (!reportPath.trim().endsWith('.md')) throw new UsageError(`--report must name a .md file, got ${JSON.stringify(reportPath)}`);
  const database = values.database ?? DEFAULT_OPTIONS.database;
  if (database !== 'pglite' && database !== 'postgres') throw new UsageError(`--database must be pglite or postgres, got ${JSON.stringify(database)}`);
  const workers = integerIn('workers', values.workers, DEFAULT_OPTIONS.workers, 1, 16);
  if (workers > 1 && database !== 'postgres') throw new UsageError('--workers above 1 needs --database postgres (PGlite admits one process per folder)');
  return {
    database,
    workers,
    users: integerIn('users', values.users, DEFAULT_OPTIONS.users, 1, 2000),
    durationSeconds: integerIn('duration', values.duration, DEFAULT_OPTIONS.durationSeconds, 1, 3600),
    reportPath: reportPath.trim(),
  };
}
