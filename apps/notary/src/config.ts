/**
 * The notary module's part of a region profile (`modules.notary.config`). Node-safe (no Vue), so
 * the region CLI can validate profiles with it.
 */
import { directoryConfigSchema } from '@fawang/module-kit/directory/config';

export const configSchema = directoryConfigSchema;
export type ModuleConfig = ReturnType<typeof configSchema.parse>;
