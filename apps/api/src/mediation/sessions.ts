/**
 * Scheduling mediation sessions (安排调解): the session's own rules, and the mediators' calendars. Two
 * sessions of one mediator may not overlap (half-open intervals: one may start when the other ends). The
 * check and the insert run in the caller's transaction after locking the mediators' practitioner rows
 * (SELECT … FOR UPDATE, on PostgreSQL and PGlite alike), so two concurrent bookings of one mediator are
 * serialised and the second sees the first.
 */
import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { mediationSessionMediators, mediationSessions, practitioners } from '../db/schema.js';
import type { FieldError } from '@fawang/contract/validation';
import { problems } from '../http/problem.js';
import type { Transaction } from '../db/client.js';
import { shanghaiMinute } from '../domain/shanghai-time.js';

type SessionInput = Schemas['MediationSessionInput'];

/** 8 hours: a session is one working day at most; a longer hearing is several sessions. */
export const MAX_SESSION_MS = 8 * 3_600_000;

/** The session's fields, checked before anything is locked; every mistake is named. */
export function checkSession(session: SessionInput, assignedMediatorIds: readonly string[], now: Date): void {
  const errors: FieldError[] = [];
  const error = (field: string, code: string, message: string) => errors.push({ field: `body.session.${field}`, code, message });
  const stranger = session.mediatorIds.find((id) => !assignedMediatorIds.includes(id));
  if (stranger) error('mediatorIds', 'not_assigned', `mediator ${stranger} is not assigned to this case`);
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  if (startsAt.getTime() <= now.getTime()) error('startsAt', 'in_past', 'a session must start in the future');
  if (endsAt.getTime() <= startsAt.getTime()) error('endsAt', 'before_start', 'a session must end after it starts');
  else if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_MS) error('endsAt', 'too_long', 'a session lasts at most 8 hours');
  if (session.mode === 'onsite' && !session.location?.trim()) error('location', 'required', 'an on-site session needs a location');
  if (session.mode === 'online' && !/^https:\/\//i.test(session.onlineUrl ?? '')) {
    error('onlineUrl', session.onlineUrl ? 'not_https' : 'required', 'an online session needs an https address');
  }
  if (errors.length) throw problems.validation(errors);
}

/**
 * Books the session for its case after locking its mediators and checking their calendars; a clash is 409
 * `calendar_conflict` naming the other session's time (Asia/Shanghai).
 */
export async function bookSession(tx: Transaction, caseId: string, session: SessionInput): Promise<void> {
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const mediatorIds = [...session.mediatorIds].sort();
  // Locked in id order, so two bookings sharing mediators cannot deadlock each other.
  await tx.select({ id: practitioners.id }).from(practitioners).where(inArray(practitioners.id, mediatorIds)).orderBy(asc(practitioners.id)).for('update');
  const [clash] = await tx
    .select({ startsAt: mediationSessionMediators.startsAt, endsAt: mediationSessionMediators.endsAt, name: practitioners.name })
    .from(mediationSessionMediators)
    .innerJoin(practitioners, eq(practitioners.id, mediationSessionMediators.practitionerId))
    .where(
      and(
        inArray(mediationSessionMediators.practitionerId, mediatorIds),
        lt(mediationSessionMediators.startsAt, endsAt),
        gt(mediationSessionMediators.endsAt, startsAt),
      ),
    )
    .orderBy(asc(mediationSessionMediators.startsAt))
    .limit(1);
  if (clash) {
    throw problems.conflict(
      'calendar_conflict',
      `调解员${clash.name}在 ${shanghaiMinute(clash.startsAt)}–${shanghaiMinute(clash.endsAt).slice(11)} 已有调解安排 / ` +
        `mediator ${clash.name} already has a session from ${shanghaiMinute(clash.startsAt)} to ${shanghaiMinute(clash.endsAt).slice(11)} (Asia/Shanghai)`,
    );
  }
  const [inserted] = await tx
    .insert(mediationSessions)
    .values({
      caseId,
      mode: session.mode,
      location: session.mode === 'onsite' ? (session.location ?? null) : null,
      onlineUrl: session.mode === 'online' ? (session.onlineUrl ?? null) : null,
      startsAt,
      endsAt,
      participants: session.participants ?? [],
    })
    .returning({ id: mediationSessions.id });
  await tx.insert(mediationSessionMediators).values(mediatorIds.map((practitionerId) => ({ sessionId: inserted!.id, practitionerId, startsAt, endsAt })));
}
