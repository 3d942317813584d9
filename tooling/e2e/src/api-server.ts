/**
 * The built API server (apps/api/dist/main.js) as a child process, the way `pnpm start` runs it: it
 * serves the API and the portal build on one origin. Each test file starts one with its own temporary
 * PGlite folder (DATA_DIR), profile folder (REGION_PROFILES_DIR) and copy of the portal build
 * (PORTAL_DIST_DIR), and reuses it across its tests.
 */
import { existsSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { assertBuilt, paths } from './paths.js';

export interface ApiServer {
  /** http://127.0.0.1:<port>, the portal's and the API's origin. */
  readonly url: string;
  /** The REGION_PROFILES_DIR the server reads at start. */
  readonly profilesDir: string;
  /** Writes `<id>.json` into the profile folder; the server watches it and reloads its profiles. */
  writeProfile(id: string, profile: unknown): Promise<void>;
  /** Stops the process and removes its temporary folders. */
  close(): Promise<void>;
}

export interface ApiServerOptions {
  /** Region profiles (by id) written to the profile folder before the first start. */
  profiles?: Record<string, unknown>;
  /** The portal build to serve (a copy of it); apps/portal/dist by default. */
  portalDist?: string;
}

/** A fresh data folder initialises PostgreSQL and seeds demo data: about 20 s, more on a busy machine. */
const START_TIMEOUT_MS = 150_000;
const STOP_GRACE_MS = 10_000;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Keeps the end of the child's output for the error message when it fails to start. */
function tail(child: ChildProcess): () => string {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => text.trim();
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`the API server did not answer ${url}/api/v1/health within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** SIGTERM lets the server close its database cleanly; SIGKILL if it does not exit in time. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  const stopped = await Promise.race([done.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await done;
  }
}

export async function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  assertBuilt();
  const root = await mkdtemp(join(tmpdir(), 'fawang-e2e-'));
  const dataDir = join(root, 'pglite');
  const profilesDir = join(root, 'profiles');
  // The server's own copy of the portal build (and of its server bundle, the sibling dist-ssr/): a rebuild
  // in the working tree during the run cannot break it.
  const portalDir = join(root, 'portal', 'dist');
  await mkdir(profilesDir);
  const portalDist = options.portalDist ?? paths.portalDist;
  await cp(portalDist, portalDir, { recursive: true });
  const serverBundle = join(portalDist, '..', 'dist-ssr');
  if (existsSync(serverBundle)) await cp(serverBundle, join(root, 'portal', 'dist-ssr'), { recursive: true });
  const writeProfile = (id: string, profile: unknown) => writeFile(join(profilesDir, `${id}.json`), `${JSON.stringify(profile, null, 2)}\n`);
  for (const [id, profile] of Object.entries(options.profiles ?? {})) await writeProfile(id, profile);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      REGION_PROFILES_DIR: profilesDir,
      PORTAL_DIST_DIR: portalDir,
      LOG_LEVEL: 'warn',
    };
    // The tests rely on the seeded demo accounts, which production mode never creates.
    delete env.NODE_ENV;
    delete env.DATABASE_URL;
    delete env.DEMO_PASSWORD;
    delete env.REGION;
    child = spawn(process.execPath, [paths.apiMain], { cwd: paths.apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await waitForHealth(url, child, tail(child));
    } catch (error) {
      await stopProcess(child);
      throw error;
    }
  };

  const stop = async () => {
    if (child) await stopProcess(child);
  };

  try {
    await start();
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    profilesDir,
    writeProfile,
    close: async () => {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
