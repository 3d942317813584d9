/**
 * One process per PGlite data folder: a second `pnpm start` on the same folder refuses to start and
 * names the folder and the process holding it; WORKERS > 1 without PostgreSQL is refused; after the
 * holder dies (kill -9) the folder can be opened again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectStartRefused, killHard, startServerProcess, type RunningServer } from '../support/process.js';

let dataDir: string | undefined;
let running: RunningServer | undefined;
afterAll(async () => {
  if (running) await killHard(running);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the PGlite data folder', () => {
  it('admits one server process; a second refuses, naming the folder and the holder', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'fawang-lock-'));
    running = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO_DATA: 'false' });
    const second = await expectStartRefused({ DATA_DIR: dataDir, SEED_DEMO_DATA: 'false' });
    expect(second.code).toBe(1);
    expect(second.output).toContain(dataDir);
    expect(second.output).toContain(`process ${running.child.pid}`);
    // The first one still serves.
    expect((await fetch(`${running.baseUrl}/api/v1/health`)).status).toBe(200);
  });

  it('opens again after its holder was killed with kill -9', async () => {
    await killHard(running!);
    running = await startServerProcess({ DATA_DIR: dataDir!, SEED_DEMO_DATA: 'false' });
    expect((await fetch(`${running.baseUrl}/api/v1/health`)).status).toBe(200);
  });

  it('refuses WORKERS > 1 without PostgreSQL, saying why', async () => {
    const refused = await expectStartRefused({ DATA_DIR: join(dataDir!, 'unused'), WORKERS: '2' });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/WORKERS=2 needs DATABASE_URL/);
  });
});
