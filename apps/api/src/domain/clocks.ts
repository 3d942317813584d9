/**
 * Storage of a workflow's clocks (法定时限, 服务承诺), shared by every case module. The workflow says which
 * clocks a transition starts and stops; this writes that to the module's deadline table and returns the
 * earliest running due time, which the case row keeps so lists can flag overdue items cheaply.
 */
import { and, eq, getTableColumns, inArray, isNull, min } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { StartedDeadline } from '@fawang/workflow';
import type { Database } from '../db/client.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A module's deadline table: which columns hold the case, the clock kind, the due time and the stop. */
export interface ClockTable {
  readonly table: PgTable;
  readonly caseId: PgColumn;
  readonly kind: PgColumn;
  readonly dueAt: PgColumn;
  readonly stoppedAt: PgColumn;
  /** The row for a started clock, in the table's own field names. */
  row(caseId: string, kind: string, startedAt: Date, dueAt: Date): Record<string, unknown>;
}

export interface ClockChange<Clock extends string = string> {
  readonly deadlinesStarted: readonly StartedDeadline<Clock>[];
  readonly deadlinesStopped: readonly Clock[];
}

/** Stops and starts the clocks of one transition; returns the earliest due time still running (or null). */
export async function recordClocks(tx: Transaction, clocks: ClockTable, caseId: string, change: ClockChange, now: Date): Promise<Date | null> {
  const ofCase = eq(clocks.caseId, caseId);
  if (change.deadlinesStopped.length) {
    // The column's own name: the update must set the table's field, whatever the module calls it.
    await tx
      .update(clocks.table)
      .set({ [stoppedAtKey(clocks)]: now } as never)
      .where(and(ofCase, inArray(clocks.kind, [...change.deadlinesStopped]), isNull(clocks.stoppedAt)));
  }
  if (change.deadlinesStarted.length) {
    await tx.insert(clocks.table).values(change.deadlinesStarted.map((clock) => clocks.row(caseId, clock.kind, now, clock.dueAt)) as never);
  }
  const [running] = await tx
    .select({ dueAt: min(clocks.dueAt) })
    .from(clocks.table)
    .where(and(ofCase, isNull(clocks.stoppedAt)));
  return (running?.dueAt as Date | null | undefined) ?? null;
}

function stoppedAtKey(clocks: ClockTable): string {
  const columns = getTableColumns(clocks.table);
  const key = Object.keys(columns).find((name) => columns[name] === clocks.stoppedAt);
  if (!key) throw new Error(`stoppedAt is not a column of the clock table`);
  return key;
}
