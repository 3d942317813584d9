/**
 * A module's federated remote as its own deployment: a private copy of `apps/<id>/dist` (the remote
 * build from the shared preset, configs/vite) on a CORS static server on another port, and what the
 * browser shows of federation — the runtime's share scope and the host's bundled copy of the module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { paths } from './paths.js';
import { snapshotBuild } from './snapshot.js';
import { serveStatic } from './static-server.js';

export interface ModuleRemote {
  /** The container name the host loads: fawang_<id with "-" as "_">. */
  readonly container: string;
  /** http://127.0.0.1:<port>, the remote's origin. */
  readonly url: string;
  /** The manifest a region profile names as `modules.<id>.remote.entry`. */
  readonly entry: string;
  /** Stops the server (the remote is down); its files stay until close(). */
  stop(): Promise<void>;
  /** Stops the server if it runs and removes the copy. */
  close(): Promise<void>;
}

export function remoteContainerName(moduleId: string): string {
  return `fawang_${moduleId.replaceAll('-', '_')}`;
}

/** Serves a copy of the module's remote build, so a rebuild in the working tree cannot break the run. */
export async function serveModuleRemote(moduleId: string): Promise<ModuleRemote> {
  const build = await snapshotBuild(paths.moduleRemoteDist(moduleId));
  const server = await serveStatic(build.dir).catch(async (error: unknown) => {
    await build.remove();
    throw error;
  });
  let running = true;
  const stop = async () => {
    if (!running) return;
    running = false;
    await server.close();
  };
  return {
    container: remoteContainerName(moduleId),
    url: server.url,
    entry: `${server.url}/mf-manifest.json`,
    stop,
    close: async () => {
      await stop();
      await build.remove();
    },
  };
}

/**
 * The URL path of the chunk the host build bundles for a module (its `src/index.ts`, a dynamic entry of
 * `virtual:fawang/modules`), from the portal build's manifest. A page that loads the module from its
 * remote never requests it.
 */
export function bundledModuleChunk(moduleId: string, portalDist = paths.portalDist): string {
  const manifest = JSON.parse(readFileSync(join(portalDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const key = Object.keys(manifest).find((name) => name.endsWith(`/${moduleId}/src/index.ts`));
  if (!key) throw new Error(`the portal build bundles no module "${moduleId}" (no */${moduleId}/src/index.ts in its manifest)`);
  return `/${manifest[key]!.file}`;
}

/** For one shared package: who registered it, in which versions, provided by whom. */
export interface SharedPackageInfo {
  containers: string[];
  versions: string[];
  providers: string[];
  /** Every container's registration is the very same entry (one instance on the page). */
  sameObject: boolean;
}

/** Reads the federation runtime's share scope (`__FEDERATION__.__SHARE__`) for the given packages. */
export function sharedPackages(page: Page, names: readonly string[]): Promise<Record<string, SharedPackageInfo>> {
  return page.evaluate((names) => {
    // __SHARE__[container][scope][package][version] describes what each container uses.
    type Entry = { from: string };
    const share = (globalThis as unknown as { __FEDERATION__: { __SHARE__: Record<string, Record<string, Record<string, Record<string, Entry>>>> } }).__FEDERATION__.__SHARE__;
    const seen: Record<string, { containers: string[]; versions: string[]; providers: string[]; sameObject: boolean }> = {};
    for (const name of names) {
      const entries: Entry[] = [];
      const info = { containers: [] as string[], versions: [] as string[], providers: [] as string[], sameObject: true };
      for (const [container, scopes] of Object.entries(share)) {
        for (const packages of Object.values(scopes)) {
          const versions = packages[name];
          if (!versions) continue;
          info.containers.push(container);
          for (const [version, entry] of Object.entries(versions)) {
            info.versions.push(version);
            info.providers.push(entry.from);
            entries.push(entry);
          }
        }
      }
      info.sameObject = entries.every((entry) => entry === entries[0]);
      info.versions = [...new Set(info.versions)];
      info.providers = [...new Set(info.providers)];
      seen[name] = info;
    }
    return seen;
  }, names);
}
