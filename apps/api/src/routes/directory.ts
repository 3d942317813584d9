/** The public directory: organizations (机构) and practitioners (从业人员) with their credit records. */
import { and, count, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { creditRecords, divisions, organizations, practitioners } from '../db/schema.js';
import { likePrefix, orderBy, pageWindow } from '../http/pagination.js';
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
};

const practitionerSummaryColumns = {
  id: practitioners.id,
  type: practitioners.type,
  name: practitioners.name,
  gender: practitioners.gender,
  licenceNumber: practitioners.licenceNumber,
  organizationId: practitioners.organizationId,
  organizationName: organizations.name,
  regionId: practitioners.regionId,
  divisionCode: practitioners.divisionCode,
  specialties: practitioners.specialties,
  yearsOfPractice: practitioners.yearsOfPractice,
  status: practitioners.status,
  demo: practitioners.demo,
};

function withoutNulls<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function directoryHandlers({ db }: AppServices): DirectoryHandlers {
  return {
    async listOrganizations({ query }) {
      const { page, pageSize, limit, offset } = pageWindow(query);
      const filters: (SQL | undefined)[] = [
        query.regionId ? eq(organizations.regionId, query.regionId) : undefined,
        query.type ? eq(organizations.type, query.type) : undefined,
        query.divisionCode ? like(organizations.divisionCode, likePrefix(query.divisionCode.replace(/0+$/, ''))) : undefined,
        query.q ? or(like(organizations.name, `%${likePrefix(query.q)}`), eq(organizations.uscc, query.q.toUpperCase())) : undefined,
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
        // Names match from the start (a family name first), licence numbers by prefix: both use indexes.
        q ? (/^\d+$/.test(q) ? like(practitioners.licenceNumber, likePrefix(q)) : like(practitioners.name, likePrefix(q))) : undefined,
      ];
      const where = and(...filters);
      const [items, [total]] = await Promise.all([
        db
          .select(practitionerSummaryColumns)
          .from(practitioners)
          .innerJoin(organizations, eq(organizations.id, practitioners.organizationId))
          .where(where)
          .orderBy(
            ...orderBy(query.sort, { name: practitioners.name, yearsOfPractice: practitioners.yearsOfPractice }, 'name', practitioners.id),
          )
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(practitioners).where(where),
      ]);
      return { status: 200, body: { items: items as never, page, pageSize, total: total?.n ?? 0 } };
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
  };
}
