/**
 * 我的消息: the signed-in person's notices from their cases' transitions (cases/notices.ts writes them), the
 * unread count the header shows, and marking them read. A notice shows once its time has come (a
 * reminder's later time); someone else's notice is 404.
 */
import { and, count, desc, eq, isNull, lte } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { cases, notices } from '../db/schema.js';
import { pageWindow } from '../http/pagination.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import type { AppServices } from '../services.js';

type NoticeHandlers = Pick<Handlers, 'listMyNotices' | 'countMyUnreadNotices' | 'markNoticeRead' | 'markAllNoticesRead'>;

/** The user's notices that are due to show. */
function shown(userId: string, now: Date) {
  return and(eq(notices.userId, userId), lte(notices.visibleAt, now));
}

async function unreadCount(db: Database, userId: string, now: Date): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notices).where(and(shown(userId, now), isNull(notices.readAt)));
  return row?.n ?? 0;
}

function noticeView(row: typeof notices.$inferSelect, kase: { module: Schemas['ModuleKey']; reference: string }): Schemas['Notice'] {
  return {
    id: row.id,
    module: kase.module,
    caseId: row.caseId,
    reference: kase.reference,
    kind: row.kind,
    status: row.status,
    ...(row.action ? { action: row.action } : {}),
    at: row.visibleAt.toISOString(),
    ...(row.readAt ? { readAt: row.readAt.toISOString() } : {}),
    ...(row.startsAt ? { startsAt: row.startsAt.toISOString() } : {}),
    ...(row.dueBy ? { dueBy: row.dueBy } : {}),
  };
}

export function noticeHandlers({ db }: AppServices): NoticeHandlers {
  return {
    async listMyNotices({ query, auth }) {
      const user = auth.requireUser();
      const now = new Date();
      const where = and(shown(user.id, now), query.unread === 'true' ? isNull(notices.readAt) : undefined);
      const { page, pageSize, limit, offset } = pageWindow(query);
      const [rows, [total], unread] = await Promise.all([
        db
          .select({ notice: notices, module: cases.module, reference: cases.reference })
          .from(notices)
          .innerJoin(cases, eq(cases.id, notices.caseId))
          .where(where)
          .orderBy(desc(notices.visibleAt), desc(notices.id))
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(notices).where(where),
        unreadCount(db, user.id, now),
      ]);
      const items = rows.map((r) => noticeView(r.notice, r));
      return { status: 200, body: { items, page, pageSize, total: total?.n ?? 0, unread } };
    },

    async countMyUnreadNotices({ auth }) {
      const user = auth.requireUser();
      return { status: 200, body: { unread: await unreadCount(db, user.id, new Date()) } };
    },

    async markNoticeRead({ params, auth }) {
      const user = auth.requireUser();
      const now = new Date();
      const [found] = await db
        .select({ id: notices.id, readAt: notices.readAt })
        .from(notices)
        .where(and(eq(notices.id, params.id), shown(user.id, now)))
        .limit(1);
      if (!found) throw problems.notFound('Notice');
      if (!found.readAt) await db.update(notices).set({ readAt: now }).where(eq(notices.id, found.id));
      return { status: 200, body: { unread: await unreadCount(db, user.id, now) } };
    },

    async markAllNoticesRead({ auth }) {
      const user = auth.requireUser();
      const now = new Date();
      await db.update(notices).set({ readAt: now }).where(and(shown(user.id, now), isNull(notices.readAt)));
      return { status: 200, body: { unread: 0 } };
    },
  };
}
