/** The contract checker a province would run against its own backend, run against ours. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkBackend } from '@fawang/contract-check';
import { DEMO_PASSWORD } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

it('passes every check, covering every operation of the contract', async () => {
  const report = await checkBackend({
    baseUrl: `${server.baseUrl}/api/v1`,
    citizen: { username: 'leshan.citizen', password: DEMO_PASSWORD },
    admin: { username: 'sichuan.bureau_admin', password: DEMO_PASSWORD },
    allowWrites: true,
  });
  const failures = report.results.filter((r) => !r.ok).map((r) => `${r.operationId} ${r.name}: ${r.problems.join('; ')}`);
  expect(failures).toEqual([]);
  expect(report.notCovered).toEqual([]);
  expect(report.passed).toBeGreaterThan(40);
});
