/**
 * Query keys for every cached read, built in one place so that invalidation after a write matches
 * exactly: `['fawang', <resource>, 'list' | 'detail', params]`. Invalidate `fawangKeys.practitioners.all`
 * to drop every practitioner query.
 */
import type { QueryOf } from '../client/create-client.js';

const root = 'fawang' as const;

function resource<Name extends string, ListParams, DetailParams = string>(name: Name) {
  const all = [root, name] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: (params: ListParams) => [...all, 'list', params] as const,
    detail: (id: DetailParams) => [...all, 'detail', id] as const,
  };
}

/**
 * The keys of a case module (legal aid, mediation, notary…), as `caseModuleHooks` uses them:
 * `['fawang', '<module>-<resource>', 'list' | 'detail', params]` — the detail's params are the case id and the
 * get operation's query (`{ id, reveal: 'idNumber' }`), so invalidating `all` covers every list and every
 * variant of a detail — and `['fawang', '<module>-statistics', regionId]`.
 */
export function caseModuleKeys<Module extends string, Resource extends string, ListParams, DetailQuery extends object = Record<never, never>>(
  module: Module,
  resourceName: Resource,
) {
  return {
    ...resource<`${Module}-${Resource}`, ListParams, { id: string } & DetailQuery>(`${module}-${resourceName}`),
    statistics: (regionId: string) => [root, `${module}-statistics` as `${Module}-statistics`, regionId] as const,
  };
}

export const fawangKeys = {
  all: [root] as const,
  session: [root, 'session'] as const,
  preferences: [root, 'preferences'] as const,
  regions: {
    ...resource<'regions', void>('regions'),
    profile: (regionId: string) => [root, 'regions', 'profile', regionId] as const,
  },
  divisions: resource<'divisions', QueryOf<'listDivisions'>>('divisions'),
  organizations: resource<'organizations', QueryOf<'listOrganizations'>>('organizations'),
  practitioners: resource<'practitioners', QueryOf<'listPractitioners'>>('practitioners'),
  evaluations: {
    ...resource<'evaluations', QueryOf<'listMyEvaluations'>>('evaluations'),
    summary: (params: QueryOf<'getEvaluationSummary'>) => [root, 'evaluations', 'summary', params] as const,
  },
  legalAidApplications: caseModuleKeys<'legal-aid', 'applications', QueryOf<'listLegalAidApplications'>, QueryOf<'getLegalAidApplication'>>(
    'legal-aid',
    'applications',
  ),
  legalAidStatistics: (regionId: string) => [root, 'legal-aid-statistics', regionId] as const,
  legalAidDraft: (regionId: string) => [root, 'legal-aid-draft', regionId] as const,
  mediationRouting: (query: QueryOf<'proposeMediationCommittee'>) => [root, 'mediation-routing', query] as const,
  mediationCases: caseModuleKeys<'mediation', 'cases', QueryOf<'listMediationCases'>>('mediation', 'cases'),
  mediationStatistics: (regionId: string) => [root, 'mediation-statistics', regionId] as const,
  auditLog: resource<'audit-log', QueryOf<'listAuditLog'>>('audit-log'),
  notices: {
    ...resource<'notices', QueryOf<'listMyNotices'>>('notices'),
    unread: [root, 'notices', 'unread'] as const,
  },
};
