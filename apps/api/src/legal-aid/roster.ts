/**
 * 指派 assignment from the roster: whoever provides the aid must be an active practitioner of the directory,
 * of a type that fits the assignee kind, registered in the application's region or a region below it. The
 * stored assignee takes the name and organization from the directory, never from the request.
 */
import { eq } from 'drizzle-orm';
import type { RegionRegistry } from '@fawang/regions';
import type { PractitionerType, Schemas } from '@fawang/contract';
import type { Database } from '../db/client.js';
import { organizations, practitioners } from '../db/schema.js';
import { problems } from '../http/problem.js';
import { regionScope } from '../services.js';

const FIELD = 'body.assignee.practitionerId';

/** Which practitioner types may serve as each kind of assignee (法律援助法 art. 12: lawyers and legal-aid workers). */
const TYPES_FOR_KIND: Readonly<Record<Schemas['AssigneeKind'], readonly PractitionerType[]>> = {
  lawyer: ['lawyer'],
  duty_lawyer: ['lawyer'],
  legal_aid_worker: ['legal_aid_worker', 'grassroots_legal_worker'],
};

/** The assignee as stored on the application, or a 400 on `body.assignee.practitionerId` saying why not. */
export async function rosterAssignee(
  db: Database,
  regions: RegionRegistry,
  applicationRegionId: string,
  input: Schemas['AssigneeInput'],
): Promise<Schemas['Assignee']> {
  const [found] = await db
    .select({
      id: practitioners.id,
      name: practitioners.name,
      type: practitioners.type,
      status: practitioners.status,
      regionId: practitioners.regionId,
      organizationName: organizations.name,
    })
    .from(practitioners)
    .leftJoin(organizations, eq(organizations.id, practitioners.organizationId))
    .where(eq(practitioners.id, input.practitionerId))
    .limit(1);
  if (!found) throw problems.field(FIELD, 'unknown_practitioner', 'no practitioner with this id is in the directory');
  if (found.status !== 'active') {
    throw problems.field(FIELD, 'practitioner_inactive', `${found.name} is ${found.status}, not active, and cannot be assigned`);
  }
  const allowed = TYPES_FOR_KIND[input.kind];
  if (!allowed.includes(found.type)) {
    throw problems.field(FIELD, 'wrong_practitioner_type', `a ${input.kind} assignee must be a ${allowed.join(' or ')}, not a ${found.type}`);
  }
  if (!regionScope(regions, applicationRegionId).includes(found.regionId)) {
    throw problems.field(FIELD, 'outside_region', `${found.name} is registered in ${found.regionId}, outside the application's region ${applicationRegionId}`);
  }
  return {
    kind: input.kind,
    practitionerId: found.id,
    name: found.name,
    ...(found.organizationName ? { organizationName: found.organizationName } : {}),
  };
}
