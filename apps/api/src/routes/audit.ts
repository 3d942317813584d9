/** The audit log, for a bureau administrator of the region (and the regions below it). */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { auditLog } from '../db/schema.js';
import { pageWindow } from '../http/pagination.js';
import type { Handlers } from '../http/server.js';
import { regionScope, type AppServices } from '../services.js';

export function auditHandlers({ db, regions }: AppServices): Pick<Handlers, 'listAuditLog'> {
  return {
    async listAuditLog({ query, auth }) {
      const user = auth.requireRole('bureau_admin');
      const { page, pageSize, limit, offset } = pageWindow(query);
      const where = and(
        inArray(auditLog.regionId, regionScope(regions, user.regionId)),
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.subjectType ? eq(auditLog.subjectType, query.subjectType) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).offset(offset),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      const items: Schemas['AuditEntry'][] = rows.map((r) => ({
        id: String(r.id),
        at: r.at.toISOString(),
        actor: r.actorId ? { id: r.actorId, username: r.actorUsername ?? '', role: r.actorRole as Schemas['Role'] } : null,
        action: r.action as Schemas['AuditEntry']['action'],
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        ...(r.regionId ? { regionId: r.regionId } : {}),
        ...(r.ip ? { ip: r.ip } : {}),
      }));
      return { status: 200, body: { items, page, pageSize, total: total?.n ?? 0 } };
    },
  };
}
