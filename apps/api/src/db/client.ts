/**
 * Opens the database: PGlite (PostgreSQL compiled to WebAssembly, in-process) with its data in a folder by
 * default, or a PostgreSQL server when a URL is given. Both speak the same SQL through the same Drizzle
 * schema and migrations, so handlers never know which one they run on.
 */
import { mkdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction of either driver: the same queries as the database. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export type OpenDatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  /** `onLockLost`: another process took the folder's lock over (see data-dir-lock.ts); stops by default. */
  | { dataDir: string; onLockLost?: (error: Error) => void }
  /** An in-memory PGlite, optionally starting from a data directory dump (tests). */
  | { memory: true; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Runs raw SQL (migrations, seeding in bulk); parameters are bound, never interpolated. */
  execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * Runs start-up work (migrations, demo seeding) that must not run twice at once: under a PostgreSQL
   * advisory lock, so that N processes started together on an empty database take turns. PGlite needs
   * none: its folder lock already admits one process.
   */
  withStartupLock<T>(work: () => Promise<T>): Promise<T>;
  /** A gzip tarball of a PGlite data directory (tests clone a seeded database from it). */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
}

/** Any fixed 64-bit number, the same in every process of this application. */
const STARTUP_LOCK_KEY = 7_364_021_881;

/**
 * PGlite runs each statement synchronously on this thread, and statements queued behind its lock follow one
 * another in promise callbacks without ever returning to the event loop: under load one turn ran hundreds of
 * statements while no connection was accepted, no request read and no timer fired (measured: 400 queued
 * inserts held the loop for 0.9 s in one piece). Waiting for the next turn before each statement lets the
 * server take in and answer other requests (a cached directory page, a health check) between them. A
 * transaction's own statements (on its `tx`) are not delayed: nothing else may run inside it anyway.
 */
function yieldBetweenQueries(client: PGlite): void {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  client.query = (async (...args: Parameters<PGlite['query']>) => {
    await nextTurn();
    return query(...args);
  }) as PGlite['query'];
  client.exec = async (...args: Parameters<PGlite['exec']>) => {
    await nextTurn();
    return exec(...args);
  };
}

function stopOnLostLock(error: Error): never {
  console.error(`Stopping: ${error.message}`);
  process.exit(70);
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // A broken idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return {
      db: drizzlePg({ client: pool, schema }) as unknown as Database,
      driver: 'postgres',
      async execute(sql, params) {
        return (await pool.query(sql, params)).rows as Record<string, unknown>[];
      },
      async withStartupLock(work) {
        // Its own connection, outside the pool: the work itself may need every pooled one.
        const client = new pg.Client({ connectionString: options.databaseUrl });
        client.on('error', () => undefined);
        await client.connect();
        try {
          await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
          return await work();
        } finally {
          // Ending the session releases the advisory lock even if the unlock is never sent.
          await client.end();
        }
      },
      dumpDataDir() {
        return Promise.reject(new Error('dumpDataDir is only available on PGlite'));
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let releaseLock = () => {};
  if ('dataDir' in options) {
    await mkdir(options.dataDir, { recursive: true });
    const lock = lockDataDir(options.dataDir, options.onLockLost ?? stopOnLostLock);
    releaseLock = () => lock.release();
    try {
      // relaxedDurability stays off: a write is acknowledged only after PGlite has flushed it to the folder.
      client = await PGlite.create({ dataDir: options.dataDir, relaxedDurability: false });
    } catch (error) {
      releaseLock();
      throw error;
    }
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  yieldBetweenQueries(client);
  return {
    db: drizzlePglite({ client, schema }) as unknown as Database,
    driver: 'pglite',
    async execute(sql, params) {
      return (await client.query<Record<string, unknown>>(sql, params)).rows;
    },
    withStartupLock: (work) => work(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
    async close() {
      await client.close();
      releaseLock();
    },
  };
}
