/**
 * Reading a case's record — its history (who, when, which status and action, why) and its clocks — as the
 * contract shows them, for every case module (legal aid, mediation): the tables differ, the shape and the
 * masking rule do not.
 */
import { eq } from 'drizzle-orm';
import { maskName } from '@fawang/validators/masking';
import type { Role } from '@fawang/contract';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { users, type legalAidHistory, type mediationHistory } from '../db/schema.js';

type HistoryTable = typeof legalAidHistory | typeof mediationHistory;

export interface HistoryView<Status extends string, Action extends string> {
  at: string;
  status: Status;
  action?: Action;
  by: { id: string; displayName: string; role: Role };
  note?: string;
}

/** The case's history, oldest first; other people's names are masked (who exactly acted is in the audit log). */
export async function caseHistory<Status extends string, Action extends string>(
  db: Database,
  table: HistoryTable,
  /** The table's column that holds the case (application_id, case_id). */
  caseColumn: PgColumn,
  caseId: string,
  viewerId: string,
): Promise<HistoryView<Status, Action>[]> {
  const rows = await db
    .select({
      at: table.at,
      status: table.status,
      action: table.action,
      note: table.note,
      id: users.id,
      displayName: users.displayName,
      role: users.role,
    })
    .from(table)
    .innerJoin(users, eq(users.id, table.actorId))
    .where(eq(caseColumn, caseId))
    .orderBy(table.at, table.id);
  return rows.map((h) => ({
    at: h.at.toISOString(),
    status: h.status as Status,
    ...(h.action ? { action: h.action as Action } : {}),
    by: { id: h.id, displayName: h.id === viewerId ? h.displayName : maskName(h.displayName), role: h.role as Role },
    ...(h.note ? { note: h.note } : {}),
  }));
}

/** A clock row as the contract shows it. */
export function clockView<Kind extends string>(d: { kind: Kind; startedAt: Date; dueAt: Date; stoppedAt: Date | null }) {
  return {
    kind: d.kind,
    startedAt: d.startedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    ...(d.stoppedAt ? { stoppedAt: d.stoppedAt.toISOString() } : {}),
  };
}
