/**
 * A bureau's people's-mediation figures (人民调解统计): per committee of the region and below with at least
 * one filed case — cases, agreements, failures, the success rate agreed / (agreed + failed) and the median
 * days from filing to an outcome — and the share of full-time mediators (专职人民调解员) among the active
 * mediators of the region, each measured against the nearest plan indicator.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { cases, mediationDetails, organizations, practitioners } from '../db/schema.js';
import { mediationCases } from '../cases/registry.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { activeMediator } from './active-mediators.js';
import { nearestTarget } from '../domain/indicator-targets.js';
import { regionScope, type AppServices } from '../services.js';
import { committeeRef } from './committees.js';

const DAY_SECONDS = 86_400;

/** The nearest plan indicator for a figure; a target in % is a percentage (15 means 0.15 of the share). */
function target(regions: AppServices['regions'], regionId: string, measure: 'full_time_mediator_share' | 'mediation_success_rate'): Schemas['IndicatorTarget'] | undefined {
  const found = nearestTarget(regions, regionId, measure);
  return found && { indicatorId: found.indicatorId, name: found.name, value: found.value, unit: found.unit, deadline: found.deadline, regionId: found.regionId };
}

export function mediationStatisticsHandlers({ db, regions }: AppServices): Pick<Handlers, 'getMediationStatistics'> {
  return {
    async getMediationStatistics({ query, auth }) {
      const user = auth.requireRole('bureau_admin');
      const profile = regions.get(query.regionId);
      if (!profile) throw problems.field('query.regionId', 'unknown_region', `region ${query.regionId} does not exist`);
      if (!regionScope(regions, user.regionId).includes(profile.id)) throw problems.forbidden(`Region ${profile.id} is outside your region`);
      const scope = regionScope(regions, profile.id);
      const [perCommittee, [staff]] = await Promise.all([
        db
          .select({
            id: organizations.id,
            name: organizations.name,
            divisionCode: organizations.divisionCode,
            mediation: organizations.mediation,
            cases: sql<number>`count(*)::int`,
            // A rated case (evaluated) reached its outcome first: it counts by the outcome it had.
            agreed: sql<number>`(count(*) filter (where ${cases.status} = 'agreed' or (${cases.status} = 'evaluated' and ${mediationDetails.agreement} is not null)))::int`,
            failed: sql<number>`(count(*) filter (where ${cases.status} = 'failed' or (${cases.status} = 'evaluated' and ${mediationDetails.agreement} is null)))::int`,
            medianSeconds: sql<string | number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${cases.concludedAt} - ${cases.submittedAt})::float8) filter (where ${cases.status} in ('agreed', 'failed', 'evaluated'))`,
          })
          .from(cases)
          .innerJoin(mediationDetails, eq(mediationDetails.caseId, cases.id))
          .innerJoin(organizations, eq(organizations.id, cases.organizationId))
          .where(and(eq(cases.module, mediationCases.definition.id), inArray(cases.regionId, scope), ne(cases.status, 'draft')))
          .groupBy(organizations.id)
          .orderBy(organizations.name, organizations.id),
        db
          .select({
            all: sql<number>`count(*)::int`,
            fullTime: sql<number>`(count(*) filter (where (${practitioners.mediator}->>'fullTime')::boolean))::int`,
          })
          .from(practitioners)
          .where(and(activeMediator(), inArray(practitioners.regionId, scope))),
      ]);
      const mediators = Number(staff?.all ?? 0);
      const fullTimeMediators = Number(staff?.fullTime ?? 0);
      const fullTimeShareTarget = target(regions, profile.id, 'full_time_mediator_share');
      const successRateTarget = target(regions, profile.id, 'mediation_success_rate');
      return {
        status: 200,
        body: {
          regionId: profile.id,
          committees: perCommittee.map((c) => {
            const decided = c.agreed + c.failed;
            const median = c.medianSeconds === null ? undefined : Number(c.medianSeconds);
            return {
              committee: committeeRef({ ...c, kind: c.mediation?.kind ?? 'township' }),
              cases: c.cases,
              agreed: c.agreed,
              failed: c.failed,
              ...(decided ? { successRate: c.agreed / decided } : {}),
              ...(median !== undefined ? { medianDaysToOutcome: Math.round((median / DAY_SECONDS) * 10) / 10 } : {}),
            };
          }),
          mediators,
          fullTimeMediators,
          ...(mediators ? { fullTimeShare: fullTimeMediators / mediators } : {}),
          ...(fullTimeShareTarget ? { fullTimeShareTarget } : {}),
          ...(successRateTarget ? { successRateTarget } : {}),
        },
      };
    },
  };
}
