/**
 * The 法律咨询 module's part of a region profile (`modules.consult.config`): the directory's page size and the
 * region's own time limits (`deadlines`, checked against the definition as the API checks them). Node-safe
 * (no Vue), so `pnpm region validate` can check profiles with it. Add the module's own settings with
 * `.extend({ … })`.
 */
import { declaredCaseConfigSchema } from '@fawang/module-kit/casework/config';
import { consultCase } from '@fawang/workflow/consult';

export const configSchema = declaredCaseConfigSchema(consultCase);
export type ModuleConfig = ReturnType<typeof configSchema.parse>;
