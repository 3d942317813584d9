/**
 * Reports on the legal-aid queue: the officer's CSV export (导出) and a bureau's statistics (统计) with the
 * aided cases per 100,000 people measured against the plan's indicator.
 */
import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@fawang/contract';
import type { RegionRegistry } from '@fawang/regions';
import { LEGAL_AID_STATUS_NAMES_ZH, legalAidCase, MATTER_TYPE_NAMES_ZH } from '@fawang/workflow/legal-aid';
import { maskName, maskResidentId } from '@fawang/validators/masking';
import { caseHistory, cases, legalAidDetails } from '../db/schema.js';
import { listScope } from '../cases/access.js';
import { legalAidCases } from '../cases/registry.js';
import { queueFilter } from './queue.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { nearestTarget } from '../domain/indicator-targets.js';
import { shanghaiMinute } from '../domain/shanghai-time.js';
import { regionScope, type AppServices } from '../services.js';

type ReportHandlers = Pick<Handlers, 'exportLegalAidApplications' | 'getLegalAidStatistics'>;

export const EXPORT_MAX_ROWS = 10_000;
const DAY_MS = 86_400_000;

const EXPORT_COLUMNS = ['受理编号', '地区', '状态', '事项类型', '申请人', '身份证号', '提交时间', '法定期限', '是否逾期', '承办人'];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) gets a
 * leading apostrophe, so an applicant's text can never become a formula in the officer's spreadsheet.
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function regionName(regions: RegionRegistry, id: string): string {
  return regions.get(id)?.name ?? id;
}

export function reportHandlers({ db, regions }: AppServices): ReportHandlers {
  return {
    async exportLegalAidApplications({ query, auth, request }) {
      const user = auth.requireRole(...legalAidCase.staffRoles);
      const rows = await db
        .select({ kase: cases, details: legalAidDetails })
        .from(cases)
        .innerJoin(legalAidDetails, eq(legalAidDetails.caseId, cases.id))
        .where(queueFilter(listScope(regions, legalAidCases, user, query.regionId), query))
        .orderBy(desc(cases.createdAt), desc(cases.id))
        .limit(EXPORT_MAX_ROWS);
      const now = new Date();
      const records = rows.map(({ kase, details }) => {
        const row = { ...kase, ...details };
        const assignee = row.assignee ? `${row.assignee.name}${row.assignee.organizationName ? `（${row.assignee.organizationName}）` : ''}` : '';
        return [
          row.reference,
          regionName(regions, row.regionId),
          LEGAL_AID_STATUS_NAMES_ZH[row.status as ApplicationStatus],
          MATTER_TYPE_NAMES_ZH[row.matterType],
          maskName(row.applicant.name),
          maskResidentId(row.applicant.idNumber),
          shanghaiMinute(row.submittedAt),
          shanghaiMinute(row.dueAt),
          row.dueAt !== null && row.dueAt.getTime() < now.getTime() ? '是' : '否',
          assignee,
        ].map(spreadsheetSafe);
      });
      // A byte-order mark so that spreadsheet programs read the file as UTF-8; CRLF as RFC 4180 asks.
      const csv = stringify([EXPORT_COLUMNS, ...records], { bom: true, record_delimiter: 'windows' });

      const region = query.regionId ?? user.regionId;
      const filters = Object.entries({ regionId: query.regionId, status: query.status, matterType: query.matterType, overdue: query.overdue })
        .flatMap(([key, value]) => (value ? [`${key}=${value}`] : []));
      await audit(db, request, user, {
        action: 'read',
        subjectType: 'legal_aid_export',
        subjectId: `${filters.join('&') || 'all'}; ${rows.length} rows`,
        regionId: user.regionId,
      });
      return {
        status: 200,
        body: csv,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="legal-aid-${region}-${shanghaiMinute(now).slice(0, 10).replace(/-/g, '')}.csv"`,
          'cache-control': 'private, no-store',
        },
      };
    },

    async getLegalAidStatistics({ query, auth }) {
      const user = auth.requireRole('bureau_admin');
      const profile = regions.get(query.regionId);
      if (!profile) throw problems.field('query.regionId', 'unknown_region', `region ${query.regionId} does not exist`);
      if (!regionScope(regions, user.regionId).includes(profile.id)) throw problems.forbidden(`Region ${profile.id} is outside your region`);

      const app = cases;
      const history = caseHistory;
      const submitted = and(eq(app.module, legalAidCase.id), inArray(app.regionId, regionScope(regions, profile.id)), ne(app.status, 'draft'));
      const now = new Date().toISOString();
      // One row per application with its first decision and whether it ever reached `approved` (by approval
      // or an upheld objection), so an application counts once however often it was decided.
      const perApplication = db
        .select({
          submittedAt: app.submittedAt,
          decidedAt: sql<Date | null>`min(${history.at}) filter (where ${history.action} in ('approve', 'refuse'))`.as('decided_at'),
          aided: sql<boolean>`bool_or(${history.status} = 'approved')`.as('aided'),
        })
        .from(app)
        .innerJoin(history, eq(history.caseId, app.id))
        .where(submitted)
        .groupBy(app.id)
        .as('per_application');
      const [byStatus, [figures]] = await Promise.all([
        db
          .select({ status: app.status, n: count(), overdue: sql<number>`(count(*) filter (where ${app.dueAt} < ${now}::timestamptz))::int` })
          .from(app)
          .where(submitted)
          .groupBy(app.status),
        db
          .select({
            decided: sql<number>`count(${perApplication.decidedAt})::int`,
            medianSeconds: sql<string | number | null>`percentile_cont(0.5) within group (order by extract(epoch from ${perApplication.decidedAt} - ${perApplication.submittedAt})::float8)`,
            aided: sql<number>`(count(*) filter (where ${perApplication.aided}))::int`,
          })
          .from(perApplication),
      ]);

      const counts = new Map(byStatus.map((r) => [r.status, Number(r.n)]));
      const aidedCases = Number(figures?.aided ?? 0);
      const population = profile.population && profile.population > 0 ? profile.population : undefined;
      const median = figures?.medianSeconds === null || figures?.medianSeconds === undefined ? undefined : Number(figures.medianSeconds);
      const target = nearestTarget(regions, profile.id, 'legal_aid_per_100k');
      return {
        status: 200,
        body: {
          regionId: profile.id,
          total: [...counts.values()].reduce((a, b) => a + b, 0),
          byStatus: APPLICATION_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
          decided: Number(figures?.decided ?? 0),
          ...(median !== undefined ? { medianDecisionDays: Math.round((median / (DAY_MS / 1000)) * 10) / 10 } : {}),
          overdue: byStatus.reduce((sum, r) => sum + Number(r.overdue), 0),
          aidedCases,
          ...(population ? { population, aidedPer100k: Math.round((aidedCases / population) * 100_000 * 100) / 100 } : {}),
          ...(target ? { target } : {}),
        },
      };
    },
  };
}
