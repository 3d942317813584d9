/**
 * Notices (我的消息): what a case's transition tells its applicant, written in the transition's own
 * transaction, and handed to the outbound channels (SMS, WeChat template messages). A channel's default is
 * the outbox table: the notice is queued there in the same transaction, and a province's gateway takes
 * the rows and sends them (ADR 0015), so no module knows how a message leaves the portal.
 */
import { lt } from 'drizzle-orm';
import type { NoticeKind } from '@fawang/contract';
import type { Database, Transaction } from '../db/client.js';
import { noticeOutbox, notices } from '../db/schema.js';

/** A notice about to be sent. */
export interface NewNotice {
  readonly userId: string;
  readonly caseId: string;
  readonly kind: NoticeKind;
  readonly status: string;
  readonly action?: string;
  readonly startsAt?: Date;
  /** The last day to act, a Beijing date (YYYY-MM-DD). */
  readonly dueBy?: string;
  /** When it shows in the inbox and goes out: now, or later for a reminder. */
  readonly visibleAt: Date;
}

/** Where a notice goes besides the inbox. */
export interface OutboundChannel {
  readonly name: string;
  /** Called inside the sending transaction: whatever it writes commits or rolls back with the notice. */
  enqueue(tx: Transaction, noticeId: string, notice: NewNotice): Promise<void>;
}

/** The default channel: a row in `notice_outbox` under the channel's name, for a gateway to take. */
export function outboxChannel(name: string): OutboundChannel {
  return {
    name,
    async enqueue(tx, noticeId) {
      await tx.insert(noticeOutbox).values({ noticeId, channel: name });
    },
  };
}

/** Writes the notice to the recipient's inbox and queues it on every outbound channel. */
export async function sendNotice(tx: Transaction, channels: readonly OutboundChannel[], notice: NewNotice): Promise<void> {
  const [row] = await tx
    .insert(notices)
    .values({
      userId: notice.userId,
      caseId: notice.caseId,
      kind: notice.kind,
      status: notice.status,
      action: notice.action ?? null,
      startsAt: notice.startsAt ?? null,
      dueBy: notice.dueBy ?? null,
      visibleAt: notice.visibleAt,
    })
    .returning({ id: notices.id });
  for (const channel of channels) await channel.enqueue(tx, row!.id, notice);
}

/** How long a sent outbox row is kept (for a gateway's own reconciliation) before housekeeping deletes it. */
const SENT_KEPT_MS = 30 * 86_400_000;

/** Deletes outbox rows a gateway marked sent more than 30 days ago; unsent rows stay until sent. */
export async function purgeSentOutbox(db: Database, now = new Date()): Promise<void> {
  await db.delete(noticeOutbox).where(lt(noticeOutbox.sentAt, new Date(now.getTime() - SENT_KEPT_MS)));
}
