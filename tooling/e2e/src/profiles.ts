/**
 * Region profiles as the tests see them: the built-in files (what ships) and the resolved profile the
 * API serves (after inheritance), which is what the portal must show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './paths.js';

/** The parts of a resolved profile the tests compare with the page. */
export interface ResolvedProfile {
  id: string;
  name: string;
  site: { organizer: string; siteCode?: string; icp?: string; publicSecurity?: { text: string; code: string } };
  channels: { hotlines: { name: string; number: string }[] };
  servicePoints: { id: string; name: string }[];
  modules: Record<string, { enabled: boolean; remote?: { entry: string } }>;
}

/** The six domain modules (法律援助, 律师, 公证, 人民调解, 司法鉴定, 仲裁). */
export const MODULE_IDS = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'] as const;

/** Ids of the profiles in packages/regions/profiles (national, beijing, sichuan, leshan, guangdong, zhongshan). */
export const BUILT_IN_REGIONS: readonly string[] = readdirSync(paths.builtInProfiles)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/** A built-in profile file as written (before inheritance), to copy into an override. */
export function builtInProfileFile(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(paths.builtInProfiles, `${id}.json`), 'utf8')) as Record<string, unknown>;
}

export async function resolvedProfile(origin: string, id: string): Promise<ResolvedProfile> {
  const response = await fetch(`${origin}/api/v1/regions/${id}/profile`);
  if (!response.ok) throw new Error(`GET /api/v1/regions/${id}/profile answered ${response.status}`);
  return (await response.json()) as ResolvedProfile;
}

export function enabledModules(profile: ResolvedProfile): string[] {
  return Object.entries(profile.modules)
    .filter(([, settings]) => settings.enabled)
    .map(([id]) => id)
    .sort();
}
