/**
 * `createPortal` writes `<dir>/<id>.json`: a region profile that extends an existing one (a built-in, or
 * one already in `dir`), checked with @fawang/regions against everything it inherits before it is
 * written. It never overwrites a file, and it refuses an id that a profile already has.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { regionProfileFile, resolveProfiles, type ProfileSource, type RegionProfileFile, type ResolvedRegionProfile } from '@fawang/regions';
import { builtInProfilesDir } from '@fawang/regions/node';
import { ScaffoldError } from './errors.js';
import { placeRegion } from './place.js';
import { scaffoldProfile } from './profile.js';

export interface CreatePortalOptions {
  id: string;
  /** The profile the new one extends and sits under (its `parent`). */
  extends: string;
  /** As people say it (眉山); completed from the division data (眉山市). */
  name: string;
  nameEn?: string;
  /** GB/T 2260 code; looked up by name under the parent's division when absent. */
  division?: string;
  /** The folder of profiles to write into, created when missing. */
  dir: string;
}

export interface CreatedPortal {
  file: string;
  profile: RegionProfileFile;
  resolved: ResolvedRegionProfile;
}

/** The editors' JSON Schema of a profile file, shipped with @fawang/regions. */
const schemaFile = join(builtInProfilesDir, 'region-profile.schema.json');

/** Profiles in a folder as @fawang/regions reads them: every `*.json` but `*.schema.json`, in name order. */
async function readFolder(dir: string): Promise<ProfileSource[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const source = join(dir, name);
      try {
        return { source, data: JSON.parse(await readFile(source, 'utf8')) as unknown };
      } catch (error) {
        throw new ScaffoldError(`${source}: not valid JSON (${(error as Error).message})`);
      }
    }),
  );
}

function schemaReference(dir: string): string {
  const path = relative(dir, schemaFile).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

export async function createPortal(options: CreatePortalOptions): Promise<CreatedPortal> {
  const idCheck = regionProfileFile.shape.id.safeParse(options.id);
  if (!idCheck.success) throw new ScaffoldError(`--id "${options.id}": ${idCheck.error.issues[0]!.message}`);
  const file = join(options.dir, `${options.id}.json`);
  if (existsSync(file)) throw new ScaffoldError(`${file} exists; not overwriting it (edit it, or delete it first)`);

  // Built-ins first, then the folder's own profiles, which replace built-ins with the same id (as the API loads them).
  const sources = [...(await readFolder(builtInProfilesDir)), ...(await readFolder(options.dir))];
  const known = new Map(resolveProfiles(sources).map((profile) => [profile.id, profile]));
  if (known.has(options.id)) throw new ScaffoldError(`a profile with the id "${options.id}" exists already (${known.get(options.id)!.name}): choose another --id`);
  const parent = known.get(options.extends);
  if (!parent) {
    throw new ScaffoldError(`--extends "${options.extends}": no profile has that id; known: ${[...known.keys()].join(', ')}`);
  }

  const place = placeRegion(parent, options.name.trim(), options.division);
  const profile = scaffoldProfile({ id: options.id, parent: parent.id, place, ...(options.nameEn ? { nameEn: options.nameEn.trim() } : {}), schema: schemaReference(options.dir) });
  // Resolved with everything it inherits: what the API will do when it loads the folder.
  const resolved = resolveProfiles([...sources, { source: file, data: profile }]).find((p) => p.id === options.id)!;

  await mkdir(options.dir, { recursive: true });
  await writeFile(file, `${JSON.stringify(profile, null, 2)}\n`, { flag: 'wx' });
  return { file, profile, resolved };
}
