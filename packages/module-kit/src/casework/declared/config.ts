/**
 * A declared case module's part of a region profile (`modules.<id>.config`): the directory's page size, and
 * `deadlines`, the region's override of the definition's time limits (`dayCounting`, each clock's days),
 * checked by the same rule the API applies (`deadlineOverrideProblems`). Node-safe (no Vue), so
 * `pnpm region validate` can check profiles with it.
 */
import { z } from 'zod';
import { deadlineOverrideProblems } from '@fawang/workflow';
import { directoryConfigSchema } from '../../directory/config.js';

export function declaredCaseConfigSchema(definition: { readonly deadlines: object }) {
  return directoryConfigSchema
    .extend({
      /** The region's time limits, e.g. `{ "answerWithinDays": 5, "dayCounting": "calendar" }`. */
      deadlines: z.record(z.string(), z.unknown()).optional(),
    })
    .superRefine((config, ctx) => {
      for (const problem of deadlineOverrideProblems(definition, config.deadlines)) {
        ctx.addIssue({ code: 'custom', path: ['deadlines', ...(problem.key ? [problem.key] : [])], message: problem.message });
      }
    });
}
