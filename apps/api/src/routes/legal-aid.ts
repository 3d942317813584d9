/**
 * 法律援助 legal-aid applications: a citizen submits (or saves a draft), follows and withdraws; officers of
 * the competent region read them. Decisions, assignment and closing come with the legal-aid module.
 */
import { randomBytes } from 'node:crypto';
import { and, count, eq, inArray, type SQL } from 'drizzle-orm';
import { maskName, maskPhone, maskResidentId } from '@fawang/validators/masking';
import { parseResidentId } from '@fawang/validators/ids';
import type { Schemas } from '@fawang/contract';
import { idempotencyKeys, legalAidApplications, legalAidHistory, users } from '../db/schema.js';
import { orderBy, pageWindow } from '../http/pagination.js';
import { HttpProblem, problems } from '../http/problem.js';
import type { SessionUser } from '../http/auth.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { addDays } from '../domain/deadlines.js';
import { regionScope, type AppServices } from '../services.js';

type LegalAidHandlers = Pick<
  Handlers,
  'createLegalAidApplication' | 'listLegalAidApplications' | 'getLegalAidApplication' | 'withdrawLegalAidApplication'
>;
type Row = typeof legalAidApplications.$inferSelect;
type Applicant = Schemas['LegalAidApplication']['applicant'];

const STAFF_ROLES = ['legal_aid_officer', 'bureau_admin'] as const;
const WITHDRAWABLE = new Set(['draft', 'submitted', 'under_review', 'needs_material']);
const SUBJECT = 'legal_aid_application';

function summary(row: Row): Schemas['LegalAidApplicationSummary'] {
  const applicant = row.applicant as Applicant;
  return {
    id: row.id,
    reference: row.reference,
    regionId: row.regionId,
    status: row.status as Schemas['ApplicationStatus'],
    matterType: row.matterType as Schemas['MatterType'],
    applicantName: maskName(applicant.name),
    applicantIdNumber: maskResidentId(applicant.idNumber),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.submittedAt ? { submittedAt: row.submittedAt.toISOString() } : {}),
    ...(row.decisionDueAt ? { decisionDueAt: row.decisionDueAt.toISOString() } : {}),
  };
}

export function legalAidHandlers({ db, regions }: AppServices): LegalAidHandlers {
  function isStaff(user: SessionUser) {
    return (STAFF_ROLES as readonly string[]).includes(user.role);
  }

  /** Loads an application the caller may see; anything else is a 404 so ids cannot be probed. */
  async function visible(id: string, user: SessionUser): Promise<Row> {
    const [row] = await db.select().from(legalAidApplications).where(eq(legalAidApplications.id, id)).limit(1);
    const allowed =
      row && (row.ownerId === user.id || (isStaff(user) && regionScope(regions, user.regionId).includes(row.regionId)));
    if (!row || !allowed) throw problems.notFound('Application');
    return row;
  }

  async function detail(row: Row, user: SessionUser, reveal: boolean): Promise<Schemas['LegalAidApplication']> {
    const applicant = row.applicant as Applicant;
    const owner = row.ownerId === user.id;
    const history = await db
      .select({ at: legalAidHistory.at, status: legalAidHistory.status, note: legalAidHistory.note, id: users.id, displayName: users.displayName, role: users.role })
      .from(legalAidHistory)
      .innerJoin(users, eq(users.id, legalAidHistory.actorId))
      .where(eq(legalAidHistory.applicationId, row.id))
      .orderBy(legalAidHistory.at, legalAidHistory.id);
    return {
      ...summary(row),
      applicant: {
        name: applicant.name,
        idNumber: owner || reveal ? applicant.idNumber : maskResidentId(applicant.idNumber),
        phone: owner ? applicant.phone : maskPhone(applicant.phone),
        address: applicant.address,
      },
      categories: row.categories as Schemas['ApplicantCategory'][],
      household: row.household as Schemas['LegalAidApplication']['household'],
      caseSummary: row.caseSummary,
      ...(row.opposingParty ? { opposingParty: row.opposingParty } : {}),
      pledgeSigned: row.pledgeSigned,
      version: row.version,
      history: history.map((h) => ({
        at: h.at.toISOString(),
        status: h.status as Schemas['ApplicationStatus'],
        by: { id: h.id, displayName: h.displayName, role: h.role as Schemas['Role'] },
        ...(h.note ? { note: h.note } : {}),
      })),
    };
  }

  return {
    async createLegalAidApplication({ body, auth, request }) {
      const user = auth.requireRole('citizen');
      const profile = regions.get(body.regionId);
      if (!profile) throw problems.field('body.regionId', 'unknown_region', `region ${body.regionId} does not exist`);
      if (!profile.modules?.['legal-aid']?.enabled) {
        throw problems.field('body.regionId', 'module_disabled', `legal aid is not offered online in ${profile.name}`);
      }
      const id = parseResidentId(body.applicant.idNumber);
      if (!id.valid) {
        throw problems.field('body.applicant.idNumber', `id_${id.error}`, 'is not a valid 18-digit resident ID number (GB 11643)');
      }
      const submit = body.submit ?? true;
      if (submit && !body.pledgeSigned) {
        throw problems.field('body.pledgeSigned', 'pledge_required', 'the integrity pledge (诚信承诺) must be signed to submit');
      }

      const key = request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' && key.length > 0 ? key.slice(0, 200) : null;
      if (idempotencyKey) {
        const [seen] = await db
          .select({ resourceId: idempotencyKeys.resourceId })
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.key, idempotencyKey), eq(idempotencyKeys.userId, user.id)))
          .limit(1);
        if (seen) {
          const row = await visible(seen.resourceId, user);
          return { status: 201, body: await detail(row, user, false) };
        }
      }

      const now = new Date();
      const deadlines = profile.legalAid?.deadlines;
      const decisionDueAt = submit ? addDays(now, deadlines?.decideWithinDays ?? 7, deadlines?.dayCounting ?? 'calendar') : null;
      const status = submit ? 'submitted' : 'draft';
      const datePart = now.toISOString().slice(0, 10).replace(/-/g, '');
      const row = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(legalAidApplications)
          .values({
            // 法援 reference: region division code, date and a random part (no counter to contend on).
            reference: `FY-${profile.divisionCode ?? '000000'}-${datePart}-${randomBytes(4).toString('hex').toUpperCase()}`,
            regionId: profile.id,
            ownerId: user.id,
            status,
            matterType: body.matterType,
            applicant: { ...body.applicant, idNumber: id.info.normalized },
            categories: [...new Set(body.categories)],
            household: body.household,
            caseSummary: body.caseSummary,
            opposingParty: body.opposingParty ?? null,
            pledgeSigned: body.pledgeSigned,
            createdAt: now,
            updatedAt: now,
            submittedAt: submit ? now : null,
            decisionDueAt,
          })
          .returning();
        await tx.insert(legalAidHistory).values({ applicationId: inserted!.id, at: now, status, actorId: user.id, note: null });
        if (idempotencyKey) {
          await tx.insert(idempotencyKeys).values({ key: idempotencyKey, userId: user.id, resourceId: inserted!.id, createdAt: now });
        }
        return inserted!;
      });
      await audit(db, request, user, { action: 'create', subjectType: SUBJECT, subjectId: row.id, regionId: row.regionId });
      return { status: 201, body: await detail(row, user, false) };
    },

    async listLegalAidApplications({ query, auth, request }) {
      const user = auth.requireUser();
      let scope: SQL;
      if (user.role === 'citizen') {
        scope = eq(legalAidApplications.ownerId, user.id);
      } else if (isStaff(user)) {
        const allowed = regionScope(regions, user.regionId);
        if (query.regionId && !allowed.includes(query.regionId)) {
          throw problems.forbidden(`Region ${query.regionId} is outside your region`);
        }
        scope = inArray(legalAidApplications.regionId, allowed);
      } else {
        throw problems.forbidden('Only applicants and legal-aid staff can list applications');
      }
      const { page, pageSize, limit, offset } = pageWindow(query);
      const where = and(
        scope,
        query.regionId ? eq(legalAidApplications.regionId, query.regionId) : undefined,
        query.status ? eq(legalAidApplications.status, query.status) : undefined,
        query.matterType ? eq(legalAidApplications.matterType, query.matterType) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(legalAidApplications)
          .where(where)
          .orderBy(
            ...orderBy(query.sort, { createdAt: legalAidApplications.createdAt, updatedAt: legalAidApplications.updatedAt }, '-createdAt', legalAidApplications.id),
          )
          .limit(limit)
          .offset(offset),
        db.select({ n: count() }).from(legalAidApplications).where(where),
      ]);
      if (isStaff(user) && rows.length) {
        await audit(db, request, user, { action: 'read', subjectType: `${SUBJECT}_list`, subjectId: rows.map((r) => r.reference).join(',').slice(0, 500), regionId: user.regionId });
      }
      return { status: 200, body: { items: rows.map(summary), page, pageSize, total: total?.n ?? 0 } };
    },

    async getLegalAidApplication({ params, query, auth, request }) {
      const user = auth.requireUser();
      const row = await visible(params.id, user);
      const reveal = query.reveal === 'idNumber' && isStaff(user);
      if (row.ownerId !== user.id) {
        await audit(db, request, user, { action: reveal ? 'reveal' : 'read', subjectType: SUBJECT, subjectId: row.id, regionId: row.regionId });
      }
      return { status: 200, body: await detail(row, user, reveal) };
    },

    async withdrawLegalAidApplication({ params, auth, request }) {
      const user = auth.requireUser();
      const row = await visible(params.id, user);
      if (row.ownerId !== user.id) throw problems.forbidden('Only the applicant can withdraw an application');
      if (!WITHDRAWABLE.has(row.status)) {
        throw new HttpProblem(409, 'invalid_state', `An application in status ${row.status} can no longer be withdrawn`);
      }
      const now = new Date();
      const updated = await db.transaction(async (tx) => {
        const [next] = await tx
          .update(legalAidApplications)
          .set({ status: 'withdrawn', updatedAt: now, version: row.version + 1 })
          .where(and(eq(legalAidApplications.id, row.id), eq(legalAidApplications.version, row.version)))
          .returning();
        if (!next) throw problems.conflict('version_conflict', 'The application changed meanwhile; reload and try again');
        await tx.insert(legalAidHistory).values({ applicationId: row.id, at: now, status: 'withdrawn', actorId: user.id, note: null });
        return next;
      });
      await audit(db, request, user, { action: 'update', subjectType: SUBJECT, subjectId: row.id, regionId: row.regionId });
      return { status: 200, body: await detail(updated, user, false) };
    },
  };
}
