/**
 * A mediation case as the module reads it — the kernel's case with its details, the committee being the
 * case's organization — and who acts on it: the applicant (the citizen who filed it) and the staff who
 * handle it by the kernel's rule (cases/access.ts), who act as the committee's mediator.
 */
import { eq, type SQL } from 'drizzle-orm';
import type { MediationActor, MediationState } from '@fawang/workflow/mediation';
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from '../db/client.js';
import { mediationDetails } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import * as kernel from '../cases/access.js';
import { mediationCases } from '../cases/registry.js';

/** The audit log's subject type for a case. */
export const MEDIATION_SUBJECT = mediationCases.subject;

/** A mediation case: the kernel's row, its details, its committee (the case's organization) and mediators (its practitioners). */
export type CaseRow = Omit<kernel.CaseRow, 'status'> &
  Omit<typeof mediationDetails.$inferSelect, 'caseId'> & { status: MediationState; committeeId: string; mediatorIds: string[] };

/** Joins a kernel row with its details. */
export function mediationRow(kase: kernel.CaseRow, details: typeof mediationDetails.$inferSelect): CaseRow {
  // Filing always names the committee, and a transfer only ever replaces it.
  if (!kase.organizationId) throw new Error(`mediation case ${kase.id} has no committee`);
  const { caseId: _caseId, ...rest } = details;
  return { ...kase, ...rest, status: kase.status as MediationState, committeeId: kase.organizationId, mediatorIds: kase.practitionerIds };
}

export async function withDetails(db: Database, kase: kernel.CaseRow): Promise<CaseRow> {
  const [details] = await db.select().from(mediationDetails).where(eq(mediationDetails.caseId, kase.id)).limit(1);
  if (!details) throw new Error(`mediation case ${kase.id} has no details`);
  return mediationRow(kase, details);
}

export function isMediationStaff(user: SessionUser): boolean {
  return kernel.isStaffOf(mediationCases, user);
}

/** Loads a case the caller may see; anything else is a 404 so ids cannot be probed. */
export async function visibleCase(db: Database, regions: RegionRegistry, id: string, user: SessionUser): Promise<CaseRow> {
  return withDetails(db, await kernel.visibleCase(db, regions, mediationCases, id, user));
}

/** The applicant is the owner; staff who handle the case act as the committee's mediator. */
export function actorKind(regions: RegionRegistry, row: CaseRow, user: SessionUser): MediationActor | null {
  if (row.ownerId === user.id) return 'applicant';
  return kernel.handlesCase(regions, mediationCases, user, row) ? 'mediator' : null;
}

/** A list's scope: the kernel's (a citizen's own cases, staff those of their region and below, no drafts). */
export function listScope(regions: RegionRegistry, user: SessionUser, regionId: string | undefined): SQL {
  return kernel.listScope(regions, mediationCases, user, regionId);
}
