/**
 * Reading a case's record — its history (who, when, which status and action, why) and its clocks — as the
 * contract shows them, the same for every case module.
 */
import { eq } from 'drizzle-orm';
import { maskName } from '@fawang/validators/masking';
import type { Role } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { caseClocks, caseHistory, users } from '../db/schema.js';

export interface HistoryView<Status extends string, Action extends string> {
  at: string;
  status: Status;
  action?: Action;
  by: { id: string; displayName: string; role: Role };
  note?: string;
}

export interface ClockView<Kind extends string> {
  kind: Kind;
  startedAt: string;
  dueAt: string;
  stoppedAt?: string;
}

/**
 * The case's history, oldest first; other people's names are masked (who exactly acted is in the audit
 * log). The statuses and actions are the module workflow's, which wrote them.
 */
export async function caseHistoryView<Status extends string, Action extends string>(
  db: Database,
  caseId: string,
  viewerId: string,
): Promise<HistoryView<Status, Action>[]> {
  const rows = await db
    .select({
      at: caseHistory.at,
      status: caseHistory.status,
      action: caseHistory.action,
      note: caseHistory.note,
      id: users.id,
      displayName: users.displayName,
      role: users.role,
    })
    .from(caseHistory)
    .innerJoin(users, eq(users.id, caseHistory.actorId))
    .where(eq(caseHistory.caseId, caseId))
    .orderBy(caseHistory.at, caseHistory.id);
  return rows.map((h) => ({
    at: h.at.toISOString(),
    status: h.status as Status,
    ...(h.action ? { action: h.action as Action } : {}),
    by: { id: h.id, displayName: h.id === viewerId ? h.displayName : maskName(h.displayName), role: h.role },
    ...(h.note ? { note: h.note } : {}),
  }));
}

/** The case's clocks in the order they started; the kinds are the module workflow's. */
export async function caseClocksView<Kind extends string>(db: Database, caseId: string): Promise<ClockView<Kind>[]> {
  const rows = await db.select().from(caseClocks).where(eq(caseClocks.caseId, caseId)).orderBy(caseClocks.startedAt, caseClocks.id);
  return rows.map((d) => ({
    kind: d.kind as Kind,
    startedAt: d.startedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    ...(d.stoppedAt ? { stoppedAt: d.stoppedAt.toISOString() } : {}),
  }));
}
