import type { ResolvedRegionProfile } from '@fawang/regions';

export interface AccessUser {
  role: string;
  regionId: string;
}

/**
 * Whether a user may open a staff view: they hold one of the roles and work for this region or one
 * above it (a provincial officer may work on a city's portal). The API checks again on every request;
 * this only decides what the workbench shows.
 */
export function canAccess(user: AccessUser | null | undefined, roles: readonly string[], region: Pick<ResolvedRegionProfile, 'id' | 'parent'> & { lineage?: readonly string[] }): boolean {
  if (!user || !roles.includes(user.role)) return false;
  const lineage = region.lineage ?? [region.id, ...(region.parent ? [region.parent] : [])];
  return user.regionId === 'national' || lineage.includes(user.regionId);
}
