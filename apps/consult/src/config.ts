/**
 * The 法律咨询 module's part of a region profile (`modules.consult.config`). Node-safe (no Vue), so
 * `pnpm region validate` can check profiles with it. Add the module's own settings with
 * `directoryConfigSchema.extend({ … })`.
 */
import { directoryConfigSchema } from '@fawang/module-kit/directory/config';

export const configSchema = directoryConfigSchema;
export type ModuleConfig = ReturnType<typeof configSchema.parse>;
