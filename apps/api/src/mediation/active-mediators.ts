/**
 * What an active people's mediator (人民调解员) is, in one place: a practitioner of type `mediator` whose
 * status is `active` (not suspended or revoked); a committee's are those whose organization is the
 * committee. Assigning mediators to a case, routing a dispute only to committees that can act on it, and the
 * statistics' count of mediators all read this, so a committee the portal proposes is one whose case can be
 * assigned.
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { practitioners } from '../db/schema.js';

/** Filters `practitioners` to active people's mediators. */
export function activeMediator(): SQL {
  return and(eq(practitioners.type, 'mediator'), eq(practitioners.status, 'active'))!;
}

/**
 * Filters `practitioners` to the active mediators of a committee: its id, or a column of an outer query
 * (`organizations.id`) to test each committee in an EXISTS subquery.
 */
export function activeMediatorOf(committee: string | AnyPgColumn): SQL {
  return and(activeMediator(), eq(practitioners.organizationId, committee))!;
}
