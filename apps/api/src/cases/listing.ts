/**
 * A page of a module's cases, the same for every module: the kernel's rows joined with the module's details,
 * ordered by the list's `sort`, counted, and — when staff read it — the references written to the audit log.
 */
import { and, count, eq, lt, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { orderBy, pageWindow } from '../http/pagination.js';
import { audit } from '../domain/audit.js';
import { isStaffOf, type CaseRow } from './access.js';
import type { CaseModule } from './registry.js';

/** A module's details table: keyed by the case. */
export type DetailsTable = PgTable & { caseId: AnyPgColumn };

/** The filters every case list has on top of its scope: the status, and the overdue ones (a running clock past due). */
export function caseFilters(scope: SQL, query: { status?: string; overdue?: 'true' }, now = new Date()): SQL {
  return and(scope, query.status ? eq(cases.status, query.status) : undefined, query.overdue === 'true' ? lt(cases.dueAt, now) : undefined)!;
}

export interface CasePage<Details> {
  rows: { kase: CaseRow; details: Details }[];
  page: number;
  pageSize: number;
  total: number;
}

export async function pageOfCases<T extends DetailsTable>(
  db: Database,
  request: FastifyRequest,
  user: SessionUser,
  module: CaseModule,
  details: T,
  where: SQL | undefined,
  query: { page?: number; pageSize?: number; sort?: string },
): Promise<CasePage<T['$inferSelect']>> {
  const { page, pageSize, limit, offset } = pageWindow(query);
  const joined = eq(details.caseId, cases.id);
  // Drizzle cannot type a join on a generic table; the rows are typed below from the table given.
  const table = details as unknown as PgTable;
  const [rows, [total]] = await Promise.all([
    db
      .select({ kase: cases, details: table as never })
      .from(cases)
      .innerJoin(table as never, joined)
      .where(where)
      .orderBy(...orderBy(query.sort, { createdAt: cases.createdAt, updatedAt: cases.updatedAt }, '-createdAt', cases.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(cases).innerJoin(table as never, joined).where(where),
  ]);
  const found = rows as unknown as { kase: CaseRow; details: T['$inferSelect'] }[];
  if (isStaffOf(module, user) && found.length) {
    const references = found.map((r) => r.kase.reference).join(',').slice(0, 500);
    await audit(db, request, user, { action: 'read', subjectType: `${module.subject}_list`, subjectId: references, regionId: user.regionId });
  }
  return { rows: found, page, pageSize, total: (total as { n: number } | undefined)?.n ?? 0 };
}
