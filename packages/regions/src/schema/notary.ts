/** The notary catalogue (公证事项): items, fees (set per province) and the 最多跑一次 flag. */
import { z } from 'zod';
import { keyedList, slug, text } from './common.js';

const yuan = z.number().nonnegative();

const feeRange = z
  .strictObject({ min: yuan, max: yuan })
  .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['max'] });

const notaryItem = z.strictObject({
  id: slug,
  name: text,
  nameEn: text.optional(),
  /** A fixed fee or a range, in yuan per item. */
  feeYuan: z.union([yuan, feeRange]).optional(),
  /** What the fee follows, e.g. the province's price list, or that it is a demo figure. */
  feeBasis: text.optional(),
  /** Can be applied for online. */
  online: z.boolean(),
  /** 最多跑一次: at most one visit to the office. */
  maxOneVisit: z.boolean(),
});

export const notaryCatalogue = keyedList(notaryItem, 'id');

export const notary = z.strictObject({
  catalogue: notaryCatalogue.list,
  /** How many 最多跑一次 items the region lists in all, when `catalogue` holds a selection (北京: 180). */
  maxOneVisitTotal: z.number().int().nonnegative().optional(),
});

export const notaryPatch = notary.partial().extend({ catalogue: notaryCatalogue.patch.optional() });
