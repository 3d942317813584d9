/**
 * Idempotent submissions: a retried request with the same `Idempotency-Key` (from the same user) returns the
 * resource the first one created instead of creating a second — so a network retry never files twice.
 */
import { and, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';
import type { Transaction } from './clocks.js';

/** The request's key (the contract limits its form), or null when it sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key.length > 0 ? key.slice(0, 200) : null;
}

/** The id of the resource a first request with this key created, if any. */
export async function seenResource(db: Database, key: string, userId: string): Promise<string | null> {
  const [seen] = await db
    .select({ resourceId: idempotencyKeys.resourceId })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.key, key), eq(idempotencyKeys.userId, userId)))
    .limit(1);
  return seen?.resourceId ?? null;
}

/** Remembers, in the creating transaction, which resource this key created. */
export async function rememberResource(tx: Transaction, key: string, userId: string, resourceId: string, now: Date): Promise<void> {
  await tx.insert(idempotencyKeys).values({ key, userId, resourceId, createdAt: now });
}
