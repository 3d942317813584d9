/**
 * `kill -9` in the middle of writes loses nothing that was acknowledged: every application the server
 * answered 201 for is there after a restart on the same PGlite data folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/server.js';
import { DEMO_PASSWORD } from '../support/databases.js';
import { killHard, startServerProcess, type RunningServer } from '../support/process.js';
import { applicationInput } from '../api/fixtures.js';

let dataDir: string | undefined;
let running: RunningServer | undefined;
afterAll(async () => {
  if (running) await killHard(running);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function login(baseUrl: string): Promise<TestClient> {
  const client = new TestClient(`${baseUrl}/api/v1`);
  const res = await client.post('/auth/login', { username: 'leshan.citizen', password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  return client;
}

describe('PGlite durability', () => {
  it('keeps every acknowledged application after kill -9 during concurrent writes', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'fawang-kill9-'));
    running = await startServerProcess({ DATA_DIR: dataDir });
    const client = await login(running.baseUrl);

    const acknowledged = new Set<string>();
    let stop = false;
    const worker = async () => {
      while (!stop) {
        try {
          const res = await client.post('/legal-aid/applications', applicationInput());
          if (res.status === 201) acknowledged.add(res.body.id);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // Let writes flow, then pull the plug while requests are in flight.
    while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));
    await killHard(running);
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);

    running = await startServerProcess({ DATA_DIR: dataDir });
    const again = await login(running.baseUrl);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await again.get(`/legal-aid/applications/${id}`);
      if (res.status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
  }, 300_000);
});
