/** Reads profile files and folders (`*.json`, one profile per file) into a registry. Node only. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegionProfileError } from './errors.js';
import { RegionRegistry } from './registry.js';
import { resolveProfiles, type ProfileSource, type ResolveOptions } from './resolve.js';

/** The profiles that ship with Fawang: national, beijing, sichuan, leshan, guangdong, zhongshan. */
// Built from this module's own path, not `new URL('../profiles', import.meta.url)`: bundlers (vite, vitest
// with a DOM) rewrite that pattern into an http: URL, and the folder must be found wherever this runs in Node.
export const builtInProfilesDir: string = join(dirname(fileURLToPath(import.meta.url)), '../profiles');

/** A folder's profiles; `*.schema.json` (the JSON Schema editors use) is not a profile. */
const isProfileName = (name: string) => name.endsWith('.json') && !name.endsWith('.schema.json');

function cannotRead(path: string, error: unknown): RegionProfileError {
  return new RegionProfileError(path, [{ path: '', message: `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
}

async function readProfile(source: string): Promise<ProfileSource> {
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw cannotRead(source, error);
  }
  try {
    return { source, data: JSON.parse(text) as unknown };
  } catch (error) {
    throw new RegionProfileError(source, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/** A file is one profile; a folder holds one per `*.json` file, read in name order. */
async function readPath(path: string): Promise<ProfileSource[]> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    throw cannotRead(path, error);
  }
  if (!isFolder) return [await readProfile(path)];
  const names = (await readdir(path)).filter(isProfileName).sort();
  return Promise.all(names.map((name) => readProfile(join(path, name))));
}

/** Loads the files and folders in order; a profile read later replaces one with the same id. */
export async function loadRegionProfiles(paths: readonly string[], options: ResolveOptions = {}): Promise<RegionRegistry> {
  const sources: ProfileSource[] = [];
  for (const path of paths) sources.push(...(await readPath(path)));
  return new RegionRegistry(resolveProfiles(sources, options));
}

export function loadBuiltInRegions(options: ResolveOptions = {}): Promise<RegionRegistry> {
  return loadRegionProfiles([builtInProfilesDir], options);
}

export { RegionRegistry };
