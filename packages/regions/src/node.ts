/** Reads profile folders (`*.json`, one profile per file) into a registry. Node only. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RegionProfileError } from './errors.js';
import { RegionRegistry } from './registry.js';
import { resolveProfiles, type ProfileSource } from './resolve.js';

/** The profiles that ship with Fawang: national, beijing, sichuan, leshan, guangdong, zhongshan. */
export const builtInProfilesDir: string = fileURLToPath(new URL('../profiles', import.meta.url));

async function readFolder(dir: string): Promise<ProfileSource[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    throw new RegionProfileError(dir, [{ path: '', message: `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})` }]);
  }
  return Promise.all(
    names.map(async (name) => {
      const source = join(dir, name);
      const text = await readFile(source, 'utf8');
      try {
        return { source, data: JSON.parse(text) as unknown };
      } catch (error) {
        throw new RegionProfileError(source, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
      }
    }),
  );
}

/** Loads the folders in order; a profile in a later folder replaces one with the same id. */
export async function loadRegionProfiles(dirs: readonly string[]): Promise<RegionRegistry> {
  const sources: ProfileSource[] = [];
  for (const dir of dirs) sources.push(...(await readFolder(dir)));
  return new RegionRegistry(resolveProfiles(sources));
}

export function loadBuiltInRegions(): Promise<RegionRegistry> {
  return loadRegionProfiles([builtInProfilesDir]);
}

export { RegionRegistry };
