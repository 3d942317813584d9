/**
 * Who may see and act on a case, for every module (issue 15, ADR 0004):
 * - its applicant (the citizen who filed it);
 * - the module's staff: an organization-bound role (mediator, notary, appraiser, arbitration secretary) for
 *   the cases of the organization their account works for; a region-bound role (legal-aid officer, bureau
 *   admin) for the cases of their region and the regions below it;
 * - a practitioner assigned to the case (a lawyer on a legal-aid case), for that case alone.
 * Nobody but the applicant sees a draft. Anything else is a 404, so ids cannot be probed.
 */
import { and, arrayContains, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { isCaseStaff, isOrganizationBound } from '@fawang/workflow';
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { regionScope } from '../services.js';
import type { CaseModule } from './registry.js';

export type CaseRow = typeof cases.$inferSelect;
type Viewer = Pick<SessionUser, 'id' | 'role' | 'regionId' | 'organizationId' | 'practitionerId'>;

/** Whether the user holds one of the module's staff roles. */
export function isStaffOf(module: CaseModule, user: Pick<SessionUser, 'role'>): boolean {
  return isCaseStaff(module.definition, user.role);
}

/** Whether the user handles the case as the module's staff: their organization's case, or one of their region. */
export function handlesCase(
  regions: RegionRegistry,
  module: CaseModule,
  user: Viewer,
  row: Pick<CaseRow, 'status' | 'regionId' | 'organizationId'>,
): boolean {
  if (!isStaffOf(module, user) || row.status === 'draft') return false;
  if (isOrganizationBound(user.role)) return user.organizationId !== null && row.organizationId === user.organizationId;
  return regionScope(regions, user.regionId).includes(row.regionId);
}

/** Whether the user is a practitioner assigned to the case. */
export function assignedTo(user: Viewer, row: Pick<CaseRow, 'status' | 'practitionerIds'>): boolean {
  return user.practitionerId !== null && row.status !== 'draft' && row.practitionerIds.includes(user.practitionerId);
}

/** Loads a case of the module that the caller may see. */
export async function visibleCase(db: Database, regions: RegionRegistry, module: CaseModule, id: string, user: SessionUser): Promise<CaseRow> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), eq(cases.module, module.definition.id as CaseRow['module'])))
    .limit(1);
  const visible = row && (row.ownerId === user.id || handlesCase(regions, module, user, row) || assignedTo(user, row));
  if (!visible) throw problems.notFound(module.noun);
  return row;
}

/**
 * A list's scope, narrowed to `regionId` when asked: a citizen's own cases of the module; the module's staff
 * their organization's or their region's (no drafts), where `regionId` must be within their region; a
 * practitioner the cases assigned to them; anyone else 403.
 */
export function listScope(regions: RegionRegistry, module: CaseModule, user: SessionUser, regionId: string | undefined): SQL {
  const ofModule = eq(cases.module, module.definition.id as CaseRow['module']);
  const inRegion = regionId ? eq(cases.regionId, regionId) : undefined;
  if (user.role === 'citizen') return and(ofModule, eq(cases.ownerId, user.id), inRegion)!;
  const submitted = ne(cases.status, 'draft');
  if (isStaffOf(module, user)) {
    const allowed = regionScope(regions, user.regionId);
    if (regionId && !allowed.includes(regionId)) throw problems.forbidden(`Region ${regionId} is outside your region`);
    if (isOrganizationBound(user.role)) {
      // An account not linked to an organization handles no case until its bureau links it.
      const ofOrganization = user.organizationId ? eq(cases.organizationId, user.organizationId) : sql`false`;
      return and(ofModule, ofOrganization, inRegion, submitted)!;
    }
    return and(ofModule, inArray(cases.regionId, regionId ? [regionId] : allowed), submitted)!;
  }
  if (user.practitionerId) return and(ofModule, arrayContains(cases.practitionerIds, [user.practitionerId]), inRegion, submitted)!;
  throw problems.forbidden(`Only applicants and the staff who handle them can list ${module.noun.toLowerCase()}s`);
}
