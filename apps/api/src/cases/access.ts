/**
 * Who may see and act on a case, for every module: its applicant (the citizen who filed it), and the
 * module's staff whose region covers the case's region (ADR 0004) — never on a draft, which is the
 * applicant's own. Anything else is a 404, so ids cannot be probed.
 */
import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { isCaseStaff } from '@fawang/workflow';
import type { RegionRegistry } from '@fawang/regions';
import type { Database } from '../db/client.js';
import { cases } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { regionScope } from '../services.js';
import type { CaseModule } from './registry.js';

export type CaseRow = typeof cases.$inferSelect;

/** Whether the user holds one of the module's staff roles. */
export function isStaffOf(module: CaseModule, user: Pick<SessionUser, 'role'>): boolean {
  return isCaseStaff(module.definition, user.role);
}

/** Whether the user handles the case as staff: a staff role of its module, a submitted case, the case's region within theirs. */
export function handlesCase(regions: RegionRegistry, module: CaseModule, user: SessionUser, row: Pick<CaseRow, 'status' | 'regionId'>): boolean {
  return isStaffOf(module, user) && row.status !== 'draft' && regionScope(regions, user.regionId).includes(row.regionId);
}

/** Loads a case of the module that the caller may see. */
export async function visibleCase(db: Database, regions: RegionRegistry, module: CaseModule, id: string, user: SessionUser): Promise<CaseRow> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), eq(cases.module, module.definition.id as CaseRow['module'])))
    .limit(1);
  if (!row || !(row.ownerId === user.id || handlesCase(regions, module, user, row))) throw problems.notFound(module.noun);
  return row;
}

/**
 * A list's scope, narrowed to `regionId` when asked: a citizen's own cases of the module; staff those of
 * their region and below (no drafts), where `regionId` must be within theirs; anyone else 403.
 */
export function listScope(regions: RegionRegistry, module: CaseModule, user: SessionUser, regionId: string | undefined): SQL {
  const ofModule = eq(cases.module, module.definition.id as CaseRow['module']);
  if (user.role === 'citizen') return and(ofModule, eq(cases.ownerId, user.id), regionId ? eq(cases.regionId, regionId) : undefined)!;
  if (!isStaffOf(module, user)) throw problems.forbidden(`Only applicants and the staff who handle them can list ${module.noun.toLowerCase()}s`);
  const allowed = regionScope(regions, user.regionId);
  if (regionId && !allowed.includes(regionId)) throw problems.forbidden(`Region ${regionId} is outside your region`);
  return and(ofModule, inArray(cases.regionId, regionId ? [regionId] : allowed), ne(cases.status, 'draft'))!;
}
