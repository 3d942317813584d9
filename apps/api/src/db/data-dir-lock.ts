/**
 * One process per PGlite data folder. PGlite has no postmaster to refuse a second writer: two processes
 * on one folder both start, both acknowledge writes, and on restart one side's writes are gone. So the
 * server takes an exclusive lock file beside the folder (`<folder>.lock`, created with O_EXCL) before it
 * opens it, and a second process refuses to start, naming the folder and the holder.
 *
 * A lock left by a process that died (kill -9, power loss) must not block the restart: the holder writes
 * its pid and host and touches the file every few seconds. A lock is stale when its holder on this host
 * no longer exists, or, for a holder on another host (two containers on one volume), when it has not
 * been touched for a while. The holder re-reads the file on every touch and stops the process if it finds
 * another's lock there, rather than go on writing beside it.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

const HEARTBEAT_MS = 5_000;
/** A lock from another host untouched this long is stale (several missed heartbeats). */
const STALE_AFTER_MS = 30_000;

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      `The data folder ${dataDir} is in use by ${owner ? `process ${owner.pid} on ${owner.host} (since ${owner.since})` : 'another process'}. ` +
        'The embedded database (PGlite) allows one server process per folder: stop the other one, or use PostgreSQL (DATABASE_URL) to run several.',
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string'
      ? (owner as LockOwner)
      : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(path: string, owner: LockOwner | null): boolean {
  if (owner && owner.host === hostname()) return owner.pid !== process.pid && !alive(owner.pid);
  try {
    return Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
  } catch {
    return true;
  }
}

function create(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Takes the folder's lock or throws DataDirLockedError. `onLost` runs if another process takes it over. */
export function lockDataDir(dataDir: string, onLost: (error: Error) => void): DataDirLock {
  const path = `${dataDir.replace(/\/+$/, '')}.lock`;
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomUUID(), since: new Date().toISOString() };
  if (!create(path, owner)) {
    const holder = readOwner(path);
    if (!isStale(path, holder)) throw new DataDirLockedError(dataDir, holder);
    // Stale: remove it and compete for it once more; of several newcomers only one creates the file.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (!create(path, owner)) throw new DataDirLockedError(dataDir, readOwner(path));
  }
  const heartbeat = setInterval(() => {
    const current = readOwner(path);
    if (current?.token !== owner.token) {
      clearInterval(heartbeat);
      onLost(new DataDirLockedError(dataDir, current));
      return;
    }
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // Checked again at the next beat.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    path,
    release() {
      clearInterval(heartbeat);
      if (readOwner(path)?.token === owner.token) {
        try {
          unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      }
    },
  };
}
