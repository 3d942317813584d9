/**
 * People's mediation committees (人民调解委员会) as routing candidates, and the routing answer itself: the
 * committee competent for a dispute's place and type (`@fawang/mediation` proposeCommittee) among the
 * committees of a region and the regions below it. Filing and transfer check a chosen committee against the
 * same proposal, so the portal's advice and the server's rule cannot drift apart. Only committees that can act
 * are candidates: one without an active mediator could accept a case but never assign it (issue 15).
 */
import { and, eq, exists, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { proposeCommittee, RoutingInputError, type CommitteeCandidate, type RoutingProposal } from '@fawang/mediation';
import type { Database } from '../db/client.js';
import { organizations, practitioners } from '../db/schema.js';
import { activeMediatorOf } from './active-mediators.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { regionScope, type AppServices } from '../services.js';

export type CommitteeRef = Schemas['CommitteeRef'];

/**
 * The committees of a region and the regions below it that state their mediation setup and have at least one
 * active mediator (`activeMediatorOf`, the rule `assign` applies), so that a case filed with or transferred
 * to one of them can always be assigned.
 */
export async function committeeCandidates(db: Database, regionIds: readonly string[]): Promise<CommitteeCandidate[]> {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, divisionCode: organizations.divisionCode, mediation: organizations.mediation })
    .from(organizations)
    .where(
      and(
        eq(organizations.type, 'mediation_committee'),
        inArray(organizations.regionId, [...regionIds]),
        isNotNull(organizations.mediation),
        exists(db.select({ one: sql`1` }).from(practitioners).where(activeMediatorOf(organizations.id))),
      ),
    );
  return rows.flatMap((row) =>
    row.mediation
      ? [
          {
            id: row.id,
            name: row.name,
            divisionCode: row.divisionCode,
            kind: row.mediation.kind,
            ...(row.mediation.disputeTypes ? { disputeTypes: row.mediation.disputeTypes } : {}),
          },
        ]
      : [],
  );
}

export function committeeRef(committee: CommitteeCandidate): CommitteeRef {
  return { id: committee.id, name: committee.name, divisionCode: committee.divisionCode, kind: committee.kind };
}

/** The routing proposal for a place and type among the region's committees; a bad place is 400 on `field`. */
export async function proposal(
  db: Database,
  services: Pick<AppServices, 'regions'>,
  regionId: string,
  place: { divisionCode: string; disputeType: string },
  field: string,
): Promise<RoutingProposal> {
  const committees = await committeeCandidates(db, regionScope(services.regions, regionId));
  try {
    return proposeCommittee(committees, place);
  } catch (error) {
    if (error instanceof RoutingInputError) throw problems.field(field, 'invalid', error.message);
    throw error;
  }
}

/** The committees a person may choose for the dispute: the proposal and its alternatives. */
export function choices(routing: RoutingProposal): CommitteeCandidate[] {
  return [...(routing.committee ? [routing.committee] : []), ...routing.alternatives];
}

export function committeeHandlers(services: AppServices): Pick<Handlers, 'proposeMediationCommittee'> {
  const { db, regions } = services;
  return {
    async proposeMediationCommittee({ query }) {
      if (!regions.get(query.regionId)) throw problems.field('query.regionId', 'unknown_region', `region ${query.regionId} does not exist`);
      const routing = await proposal(db, services, query.regionId, query, 'query.divisionCode');
      return {
        status: 200,
        body: {
          ...(routing.committee ? { committee: committeeRef(routing.committee) } : {}),
          reason: routing.reason,
          alternatives: routing.alternatives.map(committeeRef),
        },
      };
    },
  };
}
