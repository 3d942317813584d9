/** The public directory: organizations (机构) and practitioners (从业人员) with their credit records. */
import { and, count, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { creditRecords, divisions, organizations, practitioners } from '../db/schema.js';
import { likePrefix, orderBy, pageWindow } from '../http/pagination.js';
import { cacheKey, cachedHandlers } from '../http/read-cache.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import type { AppServices } from '../services.js';

type DirectoryHandlers = Pick<Handlers, 'listOrganizations' | 'getOrganization' | 'listPractitioners' | 'getPractitioner'>;

const practitionerCount = sql<number>`(select count(*)::int from ${practitioners} where ${practitioners.organizationId} = ${organizations.id})`;

const organizationSummaryColumns = {
  id: organizations.id,
  type: organizations.type,
  name: organizations.name,
  regionId: organizations.regionId,
  divisionCode: organizations.divisionCode,
  divisionName: divisions.name,
  address: organizations.address,
  phone: organizations.phone,
  practitionerCount,
  demo: organizations.demo,
  mediation: organizations.mediation,
};

const practitionerSummaryColumns = {
  id: practitioners.id,
  type: practitioners.type,
  name: practitioners.name,
  gender: practitioners.gender,
  licenceNumber: practitioners.licenceNumber,
  organizationId: practitioners.organizationId,
  // A subquery rather than a join: it runs for the ~20 rows of the page only, where a join made the
  // planner hash the whole organizations table for every search.
  organizationName: sql<string>`(select ${organizations.name} from ${organizations} where ${organizations.id} = ${practitioners.organizationId})`,
  regionId: practitioners.regionId,
  divisionCode: practitioners.divisionCode,
  specialties: practitioners.specialties,
  yearsOfPractice: practitioners.yearsOfPractice,
  status: practitioners.status,
  demo: practitioners.demo,
  languages: practitioners.languages,
  mediator: practitioners.mediator,
};

/** Practitioner searches count matches up to this many (or just past the requested page). */
export const COUNT_CAP = 1000;

/** A row with its nullable columns as optional properties, the way the contract leaves absent values out. */
type WithoutNulls<T> = { [K in keyof T as null extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as null extends T[K] ? K : never]?: Exclude<T[K], null>;
};

function withoutNulls<T extends Record<string, unknown>>(row: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as WithoutNulls<T>;
}

export function directoryHandlers({ db, readCache }: AppServices): DirectoryHandlers {
  // Public and the same for every visitor: answers are shared through the read cache.
  return cachedHandlers<DirectoryHandlers>(readCache, {
    async listOrganizations({ query }) {
      const { page, pageSize, limit, offset } = pageWindow(query);
      const filters: (SQL | undefined)[] = [
        query.regionId ? eq(organizations.regionId, query.regionId) : undefined,
        query.type ? eq(organizations.type, query.type) : undefined,
        query.divisionCode ? like(organizations.divisionCode, likePrefix(query.divisionCode.replace(/0+$/, ''))) : undefined,
        query.q ? or(like(organizations.name, `%${likePrefix(query.q)}`), eq(organizations.uscc, query.q.toUpperCase())) : undefined,
        // Only mediation committees carry `mediation`, so these two never match any other organization.
        query.mediationKind ? sql`${organizations.mediation}->>'kind' = ${query.mediationKind}` : undefined,
        query.disputeType ? sql`${organizations.mediation}->'disputeTypes' @> ${JSON.stringify([query.disputeType])}::jsonb` : undefined,
      ];
      const where = and(...filters);
      const [items, [total]] = await Promise.all([
        db
          .select(organizationSummaryColumns)
          .from(organizations)
          .innerJoin(divisions, eq(divisions.code, organizations.divisionCode))
          .where(where)
          .orderBy(...orderBy(query.sort, { name: organizations.name, practitionerCount }, 'name', organizations.id))
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(organizations).where(where),
      ]);
      return { status: 200, body: { items: items.map(withoutNulls), page, pageSize, total: total?.n ?? 0 } };
    },

    async getOrganization({ params }) {
      const [row] = await db
        .select({
          ...organizationSummaryColumns,
          uscc: organizations.uscc,
          lat: organizations.lat,
          lng: organizations.lng,
          email: organizations.email,
          website: organizations.website,
          openingHours: organizations.openingHours,
          description: organizations.description,
          level: organizations.level,
        })
        .from(organizations)
        .innerJoin(divisions, eq(divisions.code, organizations.divisionCode))
        .where(eq(organizations.id, params.id))
        .limit(1);
      if (!row) throw problems.notFound('Organization');
      const { lat, lng, email, website, ...rest } = row;
      return {
        status: 200,
        body: withoutNulls({
          ...rest,
          location: lat !== null && lng !== null ? { lat, lng } : null,
          contacts: withoutNulls({ phone: row.phone, email, website }),
        }) as never,
      };
    },

    async listPractitioners({ query }) {
      const { page, pageSize, limit, offset } = pageWindow(query);
      const q = query.q?.trim();
      const filters: (SQL | undefined)[] = [
        query.regionId ? eq(practitioners.regionId, query.regionId) : undefined,
        query.type ? eq(practitioners.type, query.type) : undefined,
        query.organizationId ? eq(practitioners.organizationId, query.organizationId) : undefined,
        query.status ? eq(practitioners.status, query.status) : undefined,
        query.specialty ? sql`${practitioners.specialties} @> array[${query.specialty}]::text[]` : undefined,
        query.divisionCode ? like(practitioners.divisionCode, likePrefix(query.divisionCode.replace(/0+$/, ''))) : undefined,
        // Only mediators carry `mediator`; ->> gives the JSON boolean as the text 'true' or 'false'.
        query.fullTime ? sql`${practitioners.mediator}->>'fullTime' = ${query.fullTime}` : undefined,
        query.language ? sql`${practitioners.languages} @> array[${query.language}]::text[]` : undefined,
        // Names match from the start (a family name first), licence numbers by prefix: both use indexes.
        q ? (/^\d+$/.test(q) ? like(practitioners.licenceNumber, likePrefix(q)) : like(practitioners.name, likePrefix(q))) : undefined,
      ];
      const where = and(...filters);
      // Count only as far as a pager needs: a national-scale search would otherwise count tens of
      // thousands of rows for every page. The count does not depend on page or sort, so it is shared.
      const countLimit = Math.max(COUNT_CAP, offset + limit) + 1;
      const filterKey = cacheKey('countPractitioners', { ...query, page: undefined, pageSize: undefined, sort: undefined, countLimit });
      const matched = await readCache.get(filterKey, async () => {
        const [row] = await db.select({ n: count() }).from(db.select({ one: sql`1` }).from(practitioners).where(where).limit(countLimit).as('matches'));
        return row?.n ?? 0;
      });
      const capped = matched === countLimit;
      let items: unknown[] = [];
      if (matched > offset) {
        // Many matches: walk an index in sort order and stop after the page. Few matches (the count was
        // exact): filter first and sort the handful, because walking the sort index would visit every row
        // to find them; sorting on an expression keeps the planner off that index.
        const sortColumns = capped
          ? { name: practitioners.name, yearsOfPractice: practitioners.yearsOfPractice }
          : { name: sql`(${practitioners.name} || '')`, yearsOfPractice: sql`(${practitioners.yearsOfPractice} + 0)` };
        const rows = await db
          .select(practitionerSummaryColumns)
          .from(practitioners)
          .where(where)
          .orderBy(...orderBy(query.sort, sortColumns, 'name', practitioners.id))
          .limit(limit)
          .offset(offset);
        items = rows.map(withoutNulls);
      }
      return {
        status: 200,
        body: { items: items as never, page, pageSize, total: capped ? matched - 1 : matched, ...(capped ? { totalIsLowerBound: true } : {}) },
      };
    },

    async getPractitioner({ params }) {
      const [row] = await db
        .select({
          ...practitionerSummaryColumns,
          languages: practitioners.languages,
          biography: practitioners.biography,
          proBonoHours: practitioners.proBonoHours,
        })
        .from(practitioners)
        .innerJoin(organizations, eq(organizations.id, practitioners.organizationId))
        .where(eq(practitioners.id, params.id))
        .limit(1);
      if (!row) throw problems.notFound('Practitioner');
      const records = await db
        .select()
        .from(creditRecords)
        .where(eq(creditRecords.practitionerId, row.id))
        .orderBy(sql`${creditRecords.date} desc`);
      return {
        status: 200,
        body: withoutNulls({
          ...row,
          creditRecords: records.map((r) =>
            withoutNulls({ id: r.id, kind: r.kind, title: r.title, issuedBy: r.issuedBy, date: r.date, description: r.description }),
          ),
        }) as never,
      };
    },
  });
}
