/**
 * Loads the modules a region enables. Each enabled module comes either from the host's bundle or, when
 * the profile gives a `remote.entry`, from a Module Federation remote deployed by its own team. Every
 * module loads independently: one that fails (network, wrong id, invalid configuration) becomes an error
 * slot and the others still start.
 */
import type { ResolvedRegionProfile } from '@fawang/regions';
import { configSchemaOf } from '../config-schema.js';
import type { ConfigSchema, ModuleDefinition } from '../types.js';

export type ModuleLoader = () => Promise<{ default: ModuleDefinition } | ModuleDefinition>;

export interface ModuleSources {
  /** Modules built into the host, by id, in the order the host shows them. */
  bundled: Readonly<Record<string, ModuleLoader>>;
  /** Loads a federated module; `federatedLoader(sharedLibraries)` from `@fawang/module-kit/host` makes one. */
  loadRemote?: (moduleId: string, entry: string) => Promise<ModuleDefinition>;
  /** A remote that has not answered after this long counts as failed (default 10 s). */
  timeoutMs?: number;
  /**
   * Configurations the server already resolved with each module's schema (a server-rendered page hands
   * them over with the modules' summaries): taken as they are, so the browser loads no validator.
   */
  resolvedConfigs?: Readonly<Record<string, Record<string, unknown>>>;
}

interface SlotBase {
  id: string;
  source: 'bundled' | 'remote';
}

export interface ReadyModule extends SlotBase {
  status: 'ready';
  definition: ModuleDefinition;
  config: Record<string, unknown>;
}

export interface FailedModule extends SlotBase {
  status: 'error';
  /** load: the code did not arrive or is not a module; config: the profile's config failed the module's schema; missing: no bundled module and no remote. */
  reason: 'load' | 'config' | 'missing';
  error: Error;
}

export type ModuleSlot = ReadyModule | FailedModule;

export class ModuleLoadError extends Error {
  override readonly name = 'ModuleLoadError';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModuleLoadError(`${what} did not load within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function asDefinition(loaded: unknown, id: string): ModuleDefinition {
  const candidate = (loaded && typeof loaded === 'object' && 'default' in loaded ? (loaded as { default: unknown }).default : loaded) as Partial<ModuleDefinition> | undefined;
  if (!candidate || typeof candidate !== 'object' || typeof candidate.id !== 'string' || !Array.isArray(candidate.routes)) {
    throw new ModuleLoadError(`module "${id}" did not export a module definition (defineModule)`);
  }
  if (candidate.id !== id) throw new ModuleLoadError(`the profile enables "${id}" but the code defines "${candidate.id}"`);
  return candidate as ModuleDefinition;
}

/** Module ids the profile enables: the host's order first, then any others in the profile's order. */
export function enabledModuleIds(profile: ResolvedRegionProfile, hostOrder: readonly string[]): string[] {
  const settings = profile.modules as Record<string, { enabled: boolean } | undefined>;
  const enabled = Object.keys(settings).filter((id) => settings[id]?.enabled);
  return [...hostOrder.filter((id) => enabled.includes(id)), ...enabled.filter((id) => !hostOrder.includes(id))];
}

export async function loadModule(profile: ResolvedRegionProfile, id: string, sources: ModuleSources): Promise<ModuleSlot> {
  const settings = (profile.modules as Record<string, { remote?: { entry: string }; config?: Record<string, unknown> } | undefined>)[id] ?? {};
  const entry = settings.remote?.entry;
  const source = entry ? 'remote' : 'bundled';
  let definition: ModuleDefinition;
  try {
    if (entry) {
      if (!sources.loadRemote) throw new ModuleLoadError(`module "${id}" is configured as a remote but this host was built without federation`);
      definition = asDefinition(await withTimeout(sources.loadRemote(id, entry), sources.timeoutMs ?? 10_000, `remote ${entry}`), id);
    } else {
      const loader = sources.bundled[id];
      if (!loader) return { id, source, status: 'error', reason: 'missing', error: new ModuleLoadError(`no module "${id}" is bundled with this host and the profile gives no remote`) };
      definition = asDefinition(await loader(), id);
    }
  } catch (error) {
    return { id, source, status: 'error', reason: 'load', error: error instanceof Error ? error : new ModuleLoadError(String(error)) };
  }
  const resolved = sources.resolvedConfigs?.[id];
  if (resolved) return { id, source, status: 'ready', definition, config: resolved };
  const raw = settings.config ?? {};
  if (!definition.configSchema) return { id, source, status: 'ready', definition, config: raw };
  let schema: ConfigSchema<Record<string, unknown>>;
  try {
    schema = await configSchemaOf(definition.configSchema);
  } catch (error) {
    return { id, source, status: 'error', reason: 'load', error: error instanceof Error ? error : new ModuleLoadError(String(error)) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `modules.${id}.config.${issue.path.map(String).join('.')}: ${issue.message}`).join('; ');
    return { id, source, status: 'error', reason: 'config', error: new ModuleLoadError(`region ${profile.id}: ${detail}`) };
  }
  return { id, source, status: 'ready', definition, config: parsed.data as Record<string, unknown> };
}

export function loadModules(profile: ResolvedRegionProfile, sources: ModuleSources): Promise<ModuleSlot[]> {
  return Promise.all(enabledModuleIds(profile, Object.keys(sources.bundled)).map((id) => loadModule(profile, id, sources)));
}
