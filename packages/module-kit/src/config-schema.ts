import type { ConfigSchema, ConfigSchemaSource } from './types.js';

/** A module's config schema, loading it first when the definition gives a loader (types.ts, ConfigSchemaSource). */
export async function configSchemaOf<Config>(source: ConfigSchemaSource<Config>): Promise<ConfigSchema<Config>> {
  return typeof source === 'function' ? source() : source;
}
