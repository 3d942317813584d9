import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Snapshot {
  dir: string;
  remove(): Promise<void>;
}

/**
 * A private copy of a build folder. The servers under test read their build at start (the API registers
 * one route per file it finds), so a rebuild in the working tree while the tests run — another terminal,
 * an editor's watcher — would otherwise leave the page asking for files that no longer exist.
 */
export async function snapshotBuild(dir: string): Promise<Snapshot> {
  const root = await mkdtemp(join(tmpdir(), 'fawang-e2e-build-'));
  const copy = join(root, 'dist');
  await cp(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rm(root, { recursive: true, force: true }) };
}
