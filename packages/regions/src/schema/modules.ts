/**
 * The six domain modules a portal may offer. Each is on or off per region; a module may be loaded at run
 * time from its own deployment (`remote`) and takes its own settings (`config`), which the module's schema
 * checks (see `validateModuleConfigs`), not this one.
 */
import { z } from 'zod';

export const MODULE_IDS = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

const remote = z.strictObject({
  /** The Module Federation manifest (mf-manifest.json) of the module's own deployment. */
  entry: z
    .string()
    .regex(/^(https?:\/\/[^\s/]+|\/(?!\/))\S*\.json(\?\S*)?$/, 'expected the address of a Module Federation manifest: http(s)://… or a path starting with "/", ending in .json (mf-manifest.json)'),
});

const moduleSettings = z.strictObject({
  enabled: z.boolean(),
  /** Load the module at run time from here instead of the copy bundled with the portal. */
  remote: remote.optional(),
  /** The module's own settings, validated by the module's configSchema. */
  config: z.record(z.string(), z.unknown()).optional(),
});

const eachModule = <T extends z.ZodType>(settings: T) =>
  Object.fromEntries(MODULE_IDS.map((id) => [id, settings])) as Record<ModuleId, T>;

/**
 * Besides the six, a region may enable modules of its own (`pnpm create-module --id consult`): any key
 * that is a module id. The six built-in ones must be stated in a resolved profile; others are optional.
 */
const MODULE_KEY = /^[a-z][a-z0-9-]{1,31}$/;
const moduleKeys = (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
  for (const key of Object.keys(value)) {
    if (!MODULE_KEY.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'a module id is 2–32 lower-case letters, digits or "-", starting with a letter' });
  }
};

export const modules = z.object(eachModule(moduleSettings)).catchall(moduleSettings).superRefine(moduleKeys);
export const modulesPatch = z.object(eachModule(moduleSettings.partial().optional())).catchall(moduleSettings.partial()).superRefine(moduleKeys);
