/**
 * The audit log of reads and writes of personal data. Entries name who did what to which record; they
 * never copy the personal data itself.
 */
import type { FastifyRequest } from 'fastify';
import type { Database, Transaction } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';

export type AuditAction = 'read' | 'create' | 'update' | 'reveal' | 'login' | 'login_failed' | 'logout';

export interface AuditEvent {
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  regionId?: string | null;
}

/** `db` may be a transaction: a write's own entry then commits (or not) with it. */
export async function audit(db: Database | Transaction, request: FastifyRequest, actor: SessionUser | null, event: AuditEvent) {
  await db.insert(auditLog).values({
    at: new Date(),
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    regionId: event.regionId ?? null,
    ip: request.ip,
  });
}
