/**
 * Storage of the legal-aid statutory clocks (法定时限). The workflow (`@fawang/workflow/legal-aid`) says
 * which clocks a transition starts and stops; this module writes that to legal_aid_deadlines and returns
 * the earliest running due time, which the application row keeps so lists can flag overdue items cheaply.
 */
import { and, eq, inArray, isNull, min } from 'drizzle-orm';
import type { LegalAidClock, LegalAidDeadlineRules } from '@fawang/workflow/legal-aid';
import type { StartedDeadline } from '@fawang/workflow';
import type { Database } from '../db/client.js';
import { legalAidDeadlines } from '../db/schema.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** 法律援助法 arts. 43 and 49, for a region profile that states no clocks of its own. */
const STATUTORY_RULES: LegalAidDeadlineRules = {
  decideWithinDays: 7,
  assignWithinDays: 3,
  objectionReviewWithinDays: 5,
  dayCounting: 'calendar',
};

export function deadlineRules(profile: { legalAid?: { deadlines?: LegalAidDeadlineRules } } | undefined): LegalAidDeadlineRules {
  return profile?.legalAid?.deadlines ?? STATUTORY_RULES;
}

export interface ClockChange {
  readonly deadlinesStarted: readonly StartedDeadline<LegalAidClock>[];
  readonly deadlinesStopped: readonly LegalAidClock[];
}

/** Stops and starts the clocks of one transition; returns the earliest due time still running (or null). */
export async function recordClocks(tx: Transaction, applicationId: string, change: ClockChange, now: Date): Promise<Date | null> {
  if (change.deadlinesStopped.length) {
    await tx
      .update(legalAidDeadlines)
      .set({ stoppedAt: now })
      .where(
        and(
          eq(legalAidDeadlines.applicationId, applicationId),
          inArray(legalAidDeadlines.kind, [...change.deadlinesStopped]),
          isNull(legalAidDeadlines.stoppedAt),
        ),
      );
  }
  if (change.deadlinesStarted.length) {
    await tx
      .insert(legalAidDeadlines)
      .values(change.deadlinesStarted.map((clock) => ({ applicationId, kind: clock.kind, startedAt: now, dueAt: clock.dueAt })));
  }
  const [running] = await tx
    .select({ dueAt: min(legalAidDeadlines.dueAt) })
    .from(legalAidDeadlines)
    .where(and(eq(legalAidDeadlines.applicationId, applicationId), isNull(legalAidDeadlines.stoppedAt)));
  return running?.dueAt ?? null;
}
