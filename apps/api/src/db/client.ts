/**
 * Opens the database: PGlite (PostgreSQL compiled to WebAssembly, in-process) with its data in a folder by
 * default, or a PostgreSQL server when a URL is given. Both speak the same SQL through the same Drizzle
 * schema and migrations, so handlers never know which one they run on.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type OpenDatabaseOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  /** An in-memory PGlite, optionally starting from a data directory dump (tests). */
  | { memory: true; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Runs raw SQL (migrations, seeding in bulk); parameters are bound, never interpolated. */
  execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** A gzip tarball of a PGlite data directory (tests clone a seeded database from it). */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
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
      dumpDataDir() {
        return Promise.reject(new Error('dumpDataDir is only available on PGlite'));
      },
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('dataDir' in options) {
    await mkdir(options.dataDir, { recursive: true });
    // relaxedDurability stays off: a write is acknowledged only after PGlite has flushed it to the folder.
    client = await PGlite.create({ dataDir: options.dataDir, relaxedDurability: false });
  } else {
    client = await PGlite.create(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  return {
    db: drizzlePglite({ client, schema }) as unknown as Database,
    driver: 'pglite',
    async execute(sql, params) {
      return (await client.query<Record<string, unknown>>(sql, params)).rows;
    },
    dumpDataDir: () => client.dumpDataDir('gzip'),
    close: () => client.close(),
  };
}
