/**
 * Arbitration fee schedules (仲裁收费): progressive brackets on the amount in dispute. A schedule applies from
 * its date; an arbitration commission may publish its own.
 */
import { z } from 'zod';
import { isoDate, keyedList, text } from './common.js';

const bracket = z.strictObject({
  /** The bracket's upper bound in yuan; null for the last, open bracket. */
  upToYuan: z.number().positive().nullable(),
  /** The fee for the amount up to the previous bracket's bound. */
  baseYuan: z.number().nonnegative(),
  /** Share (0..1) of the amount above the previous bracket's bound. */
  rate: z.number().min(0).max(1),
});

/** Bounds rise, and only the last bracket is open, so every amount falls in exactly one bracket. */
const brackets = z
  .array(bracket)
  .min(1, 'list at least one bracket')
  .superRefine((items, ctx) => {
    items.forEach((item, index) => {
      const last = index === items.length - 1;
      if (item.upToYuan === null && !last) ctx.addIssue({ code: 'custom', path: [index, 'upToYuan'], message: 'only the last bracket may be open (null)' });
      if (item.upToYuan !== null && last) ctx.addIssue({ code: 'custom', path: [index, 'upToYuan'], message: 'the last bracket must be open (null) so that every amount has a fee' });
      const previous = items[index - 1]?.upToYuan;
      if (typeof previous === 'number' && item.upToYuan !== null && item.upToYuan <= previous) {
        ctx.addIssue({ code: 'custom', path: [index, 'upToYuan'], message: `must be above the previous bracket's bound (${previous})` });
      }
    });
  });

const feeSchedule = z.strictObject({
  effectiveFrom: isoDate,
  /** 案件受理费. */
  acceptance: brackets,
  /** 案件处理费, when the schedule sets it by brackets too. */
  handling: brackets.optional(),
  /** The regulation or decision the schedule follows. */
  basis: text,
});

export const feeSchedules = keyedList(feeSchedule, 'effectiveFrom', { sortByKey: true, min: 1 });

export const arbitration = z.strictObject({ feeSchedules: feeSchedules.list });
export const arbitrationPatch = z.strictObject({ feeSchedules: feeSchedules.patch.optional() });
