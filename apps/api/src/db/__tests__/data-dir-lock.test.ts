import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../data-dir-lock.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'fawang-lock-unit-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const never = () => {
  throw new Error('lock lost');
};

describe('lockDataDir', () => {
  it('writes a lock beside the folder and removes it on release', async () => {
    const dir = join(root, 'pglite');
    const lock = lockDataDir(dir, never);
    expect(lock.path).toBe(`${dir}.lock`);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses a folder whose holder is alive', () => {
    const dir = join(root, 'pglite');
    const lock = lockDataDir(dir, never);
    expect(() => lockDataDir(dir, never)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, never)).toThrow(new RegExp(`${dir}.*process ${process.pid}`));
    lock.release();
  });

  it('takes over a lock whose holder on this host is gone', async () => {
    const dir = join(root, 'pglite');
    // A pid above the kernel's limit cannot belong to a live process.
    await writeFile(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), token: 'old', since: '2026-01-01T00:00:00Z' }));
    const lock = lockDataDir(dir, never);
    expect(JSON.parse(await readFile(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('respects a fresh lock from another host but takes over one left untouched', async () => {
    const dir = join(root, 'pglite');
    await writeFile(`${dir}.lock`, JSON.stringify({ pid: 1, host: 'other-container', token: 'x', since: '2026-01-01T00:00:00Z' }));
    expect(() => lockDataDir(dir, never)).toThrow(/process 1 on other-container/);
    const { utimes } = await import('node:fs/promises');
    const old = new Date(Date.now() - 60_000);
    await utimes(`${dir}.lock`, old, old);
    lockDataDir(dir, never).release();
  });
});
