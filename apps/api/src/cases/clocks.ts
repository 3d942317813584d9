/**
 * Storage of a workflow's clocks (法定时限, 服务承诺) in `case_clocks`, for every case module. The workflow
 * says which clocks a transition starts and stops; this writes that and returns the earliest running due
 * time, which the case row keeps so lists can flag overdue cases with one comparison.
 */
import { and, eq, inArray, isNull, min } from 'drizzle-orm';
import type { StartedDeadline } from '@fawang/workflow';
import type { Transaction } from '../db/client.js';
import { caseClocks } from '../db/schema.js';

export interface ClockChange<Clock extends string = string> {
  readonly deadlinesStarted: readonly StartedDeadline<Clock>[];
  readonly deadlinesStopped: readonly Clock[];
}

/** Stops and starts the clocks of one transition; returns the earliest due time still running (or null). */
export async function recordClocks(tx: Transaction, caseId: string, change: ClockChange, now: Date): Promise<Date | null> {
  const ofCase = eq(caseClocks.caseId, caseId);
  if (change.deadlinesStopped.length) {
    await tx
      .update(caseClocks)
      .set({ stoppedAt: now })
      .where(and(ofCase, inArray(caseClocks.kind, [...change.deadlinesStopped]), isNull(caseClocks.stoppedAt)));
  }
  if (change.deadlinesStarted.length) {
    await tx.insert(caseClocks).values(change.deadlinesStarted.map((clock) => ({ caseId, kind: clock.kind, startedAt: now, dueAt: clock.dueAt })));
  }
  const [running] = await tx
    .select({ dueAt: min(caseClocks.dueAt) })
    .from(caseClocks)
    .where(and(ofCase, isNull(caseClocks.stoppedAt)));
  return running?.dueAt ?? null;
}
