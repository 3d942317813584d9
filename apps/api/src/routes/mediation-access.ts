/**
 * Who may see and act on a mediation case: the applicant (the citizen who filed it), and the mediators and
 * bureau admins of the case's region or a region above it — never on a draft, which is the applicant's own.
 */
import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { isCaseStaff } from '@fawang/workflow';
import { mediationCase, type MediationActor } from '@fawang/workflow/mediation';
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from '../db/client.js';
import { mediationCases } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { regionScope } from '../services.js';
import type { CaseRow } from './mediation-view.js';

/** The audit log's subject type for a case. */
export const MEDIATION_SUBJECT = 'mediation_case';

export function isMediationStaff(user: SessionUser): boolean {
  return isCaseStaff(mediationCase, user.role);
}

/** Loads a case the caller may see; anything else is a 404 so ids cannot be probed. */
export async function visibleCase(db: Database, regions: RegionRegistry, id: string, user: SessionUser): Promise<CaseRow> {
  const [row] = await db.select().from(mediationCases).where(eq(mediationCases.id, id)).limit(1);
  const allowed =
    row &&
    (row.ownerId === user.id ||
      (isMediationStaff(user) && row.status !== 'draft' && regionScope(regions, user.regionId).includes(row.regionId)));
  if (!row || !allowed) throw problems.notFound('Mediation case');
  return row;
}

/** The applicant is the owner; staff who may see the case act as the committee's mediator. */
export function actorKind(row: CaseRow, user: SessionUser): MediationActor | null {
  if (row.ownerId === user.id) return 'applicant';
  return isMediationStaff(user) ? 'mediator' : null;
}

/** A list's scope: a citizen's own cases, staff those of their region and below (no drafts); others 403. */
export function listScope(regions: RegionRegistry, user: SessionUser, regionId: string | undefined): SQL {
  if (user.role === 'citizen') return eq(mediationCases.ownerId, user.id);
  if (!isMediationStaff(user)) throw problems.forbidden('Only applicants, mediators and bureau admins can list mediation cases');
  const allowed = regionScope(regions, user.regionId);
  if (regionId && !allowed.includes(regionId)) throw problems.forbidden(`Region ${regionId} is outside your region`);
  return and(inArray(mediationCases.regionId, allowed), ne(mediationCases.status, 'draft'))!;
}
