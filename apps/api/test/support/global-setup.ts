/** Vitest global setup: seeds the run's database once and tells the test files where it is. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.js';
import { adminQuery, postgresAdminUrl, prepareSeededDatabase, withDatabase, type TestDbMode } from './databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dbMode: TestDbMode;
    /** PGlite: path of the gzip dump of the seeded data directory. */
    pgliteDump: string;
    /** PostgreSQL: name of the seeded template database. */
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const mode: TestDbMode = project.config.env?.FAWANG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  project.provide('dbMode', mode);
  if (mode === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'fawang-test-'));
    const handle = await openDatabase({ memory: true });
    await prepareSeededDatabase(handle);
    const dump = await handle.dumpDataDir();
    const path = join(dir, 'seeded.tar.gz');
    await writeFile(path, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('pgliteDump', path);
    project.provide('pgTemplate', '');
    return async () => rm(dir, { recursive: true, force: true });
  }
  const template = `fawang_tpl_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  const handle = await openDatabase({ databaseUrl: withDatabase(postgresAdminUrl(), template) });
  await prepareSeededDatabase(handle);
  await handle.close();
  project.provide('pgTemplate', template);
  project.provide('pgliteDump', '');
  return async () => adminQuery(`DROP DATABASE IF EXISTS ${template}`);
}
