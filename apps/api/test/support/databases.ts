/**
 * One seeded database per test run, cloned for every test file:
 * - PGlite: the seeded data directory is dumped once and each file loads the dump into memory;
 * - PostgreSQL: a seeded template database is created once and each file gets `CREATE DATABASE … TEMPLATE`.
 * Initialising and seeding take seconds; cloning takes well under one.
 */
import pg from 'pg';
import { loadBuiltInRegions } from '@fawang/regions/node';
import type { DatabaseHandle } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { demoRegions, seedDemoData } from '../../src/seed/index.js';

export const DEMO_PASSWORD = 'Fawang-demo-2026';

export type TestDbMode = 'pglite' | 'postgres';

export async function prepareSeededDatabase(handle: DatabaseHandle) {
  await migrateDatabase(handle);
  await seedDemoData(handle, { regions: demoRegions(await loadBuiltInRegions()), demoPassword: DEMO_PASSWORD });
}

export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
