/**
 * Every module's config schema, so `pnpm region validate` checks `modules.<id>.config` the way the host
 * will. The six built-in modules are imported (typed, declared dependencies); any other module in the
 * workspace — one written by `pnpm create-module` — is found the way the portal's build finds it
 * (apps/<dir>/package.json with `"fawang": { "module": "<id>" }`) and its `src/config.ts` imported at
 * run time. That import is TypeScript, which is why this CLI runs under tsx.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configSchema as arbitration } from '@fawang/module-arbitration/config';
import { configSchema as forensic } from '@fawang/module-forensic/config';
import { configSchema as lawyers } from '@fawang/module-lawyers/config';
import { configSchema as legalAid } from '@fawang/module-legal-aid/config';
import { configSchema as mediation } from '@fawang/module-mediation/config';
import { configSchema as notary } from '@fawang/module-notary/config';
import type { ModuleConfigSchema } from '@fawang/regions';

export type ConfigSchemas = Record<string, ModuleConfigSchema>;

export const builtInConfigSchemas: ConfigSchemas = {
  'legal-aid': legalAid,
  lawyers,
  notary,
  mediation,
  forensic,
  arbitration,
};

interface ModulePackage {
  fawang?: { module?: unknown };
}

function isConfigSchema(value: unknown): value is ModuleConfigSchema {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

/**
 * Config schemas of the workspace modules under `appsDir` that are not built in. A module without
 * `src/config.ts` takes no settings and is left out; one whose config file exports no `configSchema`
 * is an error, because its region settings could then never be checked.
 */
export async function discoverConfigSchemas(appsDir: string, known: ReadonlySet<string>): Promise<ConfigSchemas> {
  const found: ConfigSchemas = {};
  const entries = existsSync(appsDir) ? await readdir(appsDir, { withFileTypes: true }) : [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(appsDir, entry.name);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const id = (JSON.parse(await readFile(manifest, 'utf8')) as ModulePackage).fawang?.module;
    const configFile = join(dir, 'src', 'config.ts');
    if (typeof id !== 'string' || known.has(id) || !existsSync(configFile)) continue;
    const { configSchema } = (await import(pathToFileURL(configFile).href)) as { configSchema?: unknown };
    if (!isConfigSchema(configSchema)) throw new Error(`${configFile}: module "${id}" exports no configSchema (a zod schema)`);
    found[id] = configSchema;
  }
  return found;
}

/** The built-in modules' schemas and those of the other modules under `appsDir`. */
export async function moduleConfigSchemas(appsDir: string): Promise<ConfigSchemas> {
  const extra = await discoverConfigSchemas(appsDir, new Set(Object.keys(builtInConfigSchemas)));
  return { ...builtInConfigSchemas, ...extra };
}
