/**
 * People's mediation rules (人民调解) a region sets and the regions below it inherit: the committee's clocks.
 * Neither is a statutory time limit. `acceptWithinDays` is the service commitment to answer a filing
 * (受理、不予受理或移送); `concludeWithinDays` follows 人民调解工作若干规定 ("一般在一个月内调结", generally
 * concluded within one month of accepting). The national profile states 5 and 30 calendar days.
 */
import { z } from 'zod';

const days = z.number().int().min(1).max(90);

const deadlines = z.strictObject({
  /** Service commitment: accept, decline or transfer a filed dispute within this many days. */
  acceptWithinDays: days,
  /** 人民调解工作若干规定: mediation is generally concluded within one month of accepting the case. */
  concludeWithinDays: days,
  dayCounting: z.enum(['working', 'calendar']),
});

/** What a region has when no profile of its lineage states the section (the national profile does). */
export const NATIONAL_MEDIATION_DEADLINES = { acceptWithinDays: 5, concludeWithinDays: 30, dayCounting: 'calendar' } as const;

export const mediation = z.strictObject({ deadlines }).default({ deadlines: NATIONAL_MEDIATION_DEADLINES });

/** A region's mediation rules after inheritance, as the mediation workflow reads them. */
export type MediationRules = z.infer<typeof mediation>;

export const mediationPatch = z.strictObject({ deadlines: deadlines.partial().optional() });
