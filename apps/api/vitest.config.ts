import { defineConfig } from 'vitest/config';
import { fawangTestConfig } from '@fawang/vitest-config';
import { postgresReachable } from './test/support/databases.js';

/**
 * Unit tests and the API suites on PGlite always run; the same API suites run again on PostgreSQL when
 * 127.0.0.1:5432 (or TEST_POSTGRES_URL) answers. CI sets FAWANG_REQUIRE_POSTGRES=1 so that a missing
 * server fails the run instead of silently skipping half of it.
 */
export default defineConfig(async () => {
  const postgres = await postgresReachable();
  if (!postgres && process.env.FAWANG_REQUIRE_POSTGRES === '1') {
    throw new Error('FAWANG_REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at 127.0.0.1:5432');
  }
  if (!postgres) console.warn('[fawang] PostgreSQL not reachable: the API suites run on PGlite only');
  const base = fawangTestConfig({
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['test/support/global-setup.ts'],
  });
  return {
    test: {
      ...base.test,
      projects: [
        // Several real processes on one database need PostgreSQL (PGlite admits one process per folder).
        { extends: true, test: { name: 'pglite', env: { FAWANG_TEST_DB: 'pglite' }, exclude: ['test/multiprocess/**'] } },
        ...(postgres
          ? [{
                extends: true,
                // Only the API suites depend on the database engine; unit tests and the kill -9 test of
                // the embedded data folder run once, in the pglite project.
                test: { name: 'postgres', env: { FAWANG_TEST_DB: 'postgres' }, exclude: ['src/**', 'test/durability/**'] },
              }]
          : []),
      ],
    },
  };
});
