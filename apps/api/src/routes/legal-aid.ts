/**
 * 法律援助 legal-aid applications: a citizen submits (or saves a draft), follows, provides material, objects
 * and withdraws; officers of the competent region review, decide, assign and close. The workflow and its
 * statutory clocks are `@fawang/workflow/legal-aid`; this file checks who is asking, applies it with
 * optimistic concurrency (`version`) and records history, clocks and the audit log.
 */
import { and, count, eq, isNotNull, type SQL } from 'drizzle-orm';
import { maskName, maskPhone, maskResidentId } from '@fawang/validators/masking';
import { parseResidentId } from '@fawang/validators/ids';
import type { Schemas } from '@fawang/contract';
import { isCaseStaff, TransitionError } from '@fawang/workflow';
import { legalAidCase, legalAidWorkflow, type LegalAidAction, type LegalAidActor, type LegalAidState } from '@fawang/workflow/legal-aid';
import { legalAidApplications, legalAidDeadlines, legalAidHistory } from '../db/schema.js';
import { orderBy, pageWindow } from '../http/pagination.js';
import { problems } from '../http/problem.js';
import type { SessionUser } from '../http/auth.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { caseHistory, clockView } from '../domain/case-record.js';
import { caseReference, withUniqueReference } from '../domain/case-reference.js';
import { createOnce } from '../domain/idempotency.js';
import { recordClocks } from '../domain/clocks.js';
import { deadlineRules, legalAidClocks } from '../domain/legal-aid-clocks.js';
import { regionScope, type AppServices } from '../services.js';
import { qualityHandlers, qualityReviewView } from './legal-aid-quality.js';
import { rosterAssignee } from './legal-aid-roster.js';
import { attachDocuments, heldDocuments, requireUnattachedDocuments } from './documents.js';
import { discardDraft } from './legal-aid-drafts.js';
import { queueFilter, staffScope } from './legal-aid-queue.js';

type LegalAidHandlers = Pick<
  Handlers,
  | 'createLegalAidApplication'
  | 'listLegalAidApplications'
  | 'getLegalAidApplication'
  | 'withdrawLegalAidApplication'
  | 'transitionLegalAidApplication'
  | 'reviewLegalAidQuality'
>;
type Row = typeof legalAidApplications.$inferSelect;
type Applicant = Schemas['LegalAidApplication']['applicant'];
type TransitionInput = Schemas['LegalAidTransitionInput'];

const SUBJECT = 'legal_aid_application';

/** What the history keeps as the "why" of a transition: the reason, the material, the assignee's name or the outcome. */
function historyNote(input: Partial<TransitionInput>, assignee: Schemas['Assignee'] | null): string | null {
  if (input.reason) return input.reason;
  if (input.material) return input.material;
  if (assignee) return assignee.name;
  return input.outcome ?? null;
}

function summary(row: Row, now = new Date()): Schemas['LegalAidApplicationSummary'] {
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
    ...(row.dueAt ? { dueAt: row.dueAt.toISOString() } : {}),
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
  };
}

export function legalAidHandlers(services: AppServices): LegalAidHandlers {
  const { db, regions } = services;
  function isStaff(user: SessionUser) {
    return isCaseStaff(legalAidCase, user.role);
  }

  /** Loads an application the caller may see; anything else is a 404 so ids cannot be probed. */
  async function visible(id: string, user: SessionUser): Promise<Row> {
    const [row] = await db.select().from(legalAidApplications).where(eq(legalAidApplications.id, id)).limit(1);
    // A draft is the applicant's own until submitted: staff neither see nor act on it.
    const allowed =
      row &&
      (row.ownerId === user.id ||
        (isStaff(user) && row.status !== 'draft' && regionScope(regions, user.regionId).includes(row.regionId)));
    if (!row || !allowed) throw problems.notFound('Application');
    return row;
  }

  async function detail(row: Row, user: SessionUser, reveal: boolean): Promise<Schemas['LegalAidApplication']> {
    const applicant = row.applicant as Applicant;
    const owner = row.ownerId === user.id;
    const [history, deadlines, quality, documents] = await Promise.all([
      caseHistory<Schemas['ApplicationStatus'], Schemas['LegalAidAction']>(db, legalAidHistory, legalAidHistory.applicationId, row.id, user.id),
      db
        .select()
        .from(legalAidDeadlines)
        .where(eq(legalAidDeadlines.applicationId, row.id))
        .orderBy(legalAidDeadlines.startedAt, legalAidDeadlines.id),
      qualityReviewView(db, row.qualityReview, user),
      heldDocuments(db, { legalAidApplicationId: row.id }),
    ]);
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
      history,
      deadlines: deadlines.map(clockView),
      ...(row.assignee ? { assignee: row.assignee } : {}),
      ...(row.outcome ? { outcome: row.outcome } : {}),
      documents,
      ...(quality ? { qualityReview: quality } : {}),
    };
  }

  /** The applicant is the owner; an officer is staff whose region covers the application (visible() checked it). */
  function actorKind(row: Row, user: SessionUser): LegalAidActor | null {
    if (row.ownerId === user.id) return 'applicant';
    return isStaff(user) ? 'officer' : null;
  }

  /** Which once-only actions (an objection) were already taken: read from the history. */
  async function actionsTaken(id: string): Promise<LegalAidAction[]> {
    const rows = await db
      .select({ action: legalAidHistory.action })
      .from(legalAidHistory)
      .where(and(eq(legalAidHistory.applicationId, id), isNotNull(legalAidHistory.action)));
    return rows.flatMap((r) => (r.action ? [r.action] : []));
  }

  /**
   * Applies one workflow action and stores it: the status under a version check (of two concurrent
   * callers with the same version exactly one updates a row), the clocks, the history and the audit.
   */
  async function transition(
    row: Row,
    user: SessionUser,
    input: Partial<TransitionInput> & { action: LegalAidAction; version: number },
    request: Parameters<typeof audit>[1],
    invalidCode = 'invalid_transition',
  ): Promise<Row> {
    const actor = actorKind(row, user);
    const now = new Date();
    const result = legalAidWorkflow.apply(
      row.status as LegalAidState,
      input.action,
      actor ?? 'none',
      input,
      now,
      deadlineRules(regions.get(row.regionId)),
      await actionsTaken(row.id),
    );
    if (result instanceof TransitionError && result.code === 'not_allowed') {
      throw problems.forbidden(`Your role may not ${input.action} this application`);
    }
    if (input.version !== row.version) {
      throw problems.conflict('version_conflict', `The application is at version ${row.version}, not ${input.version}; reload and try again`);
    }
    if (result instanceof TransitionError) {
      if (result.code === 'missing_field') {
        throw problems.field(`body.${result.field}`, 'required', `${input.action} requires ${result.field}`);
      }
      throw problems.conflict(invalidCode, `An application in status ${row.status} cannot ${input.action}`);
    }
    if (result.action === 'submit' && !row.pledgeSigned) {
      throw problems.field('body.action', 'pledge_required', 'the integrity pledge (诚信承诺) must be signed to submit');
    }
    // 补充材料: documents come with provided material only, and must be the applicant's own unattached uploads.
    const documentIds = input.documentIds ?? [];
    if (documentIds.length && result.action !== 'provide_material') {
      throw problems.field('body.documentIds', 'unexpected', 'documents can only be sent with provide_material');
    }
    await requireUnattachedDocuments(db, user.id, documentIds, 'body.documentIds');
    // 指派: only from the roster; the name and organization come from the directory.
    const assignee = result.action === 'assign' && input.assignee ? await rosterAssignee(db, regions, row.regionId, input.assignee) : null;
    const decision = result.deadlinesStarted.find((clock) => clock.kind === 'decision');
    const updated = await db.transaction(async (tx) => {
      const [next] = await tx
        .update(legalAidApplications)
        .set({
          status: result.to,
          updatedAt: now,
          version: row.version + 1,
          ...(result.action === 'submit' ? { submittedAt: now } : {}),
          ...(decision ? { decisionDueAt: decision.dueAt } : {}),
          ...(assignee ? { assignee } : {}),
          ...(result.action === 'close' && input.outcome ? { outcome: input.outcome } : {}),
        })
        .where(and(eq(legalAidApplications.id, row.id), eq(legalAidApplications.version, row.version)))
        .returning();
      if (!next) throw problems.conflict('version_conflict', 'The application changed meanwhile; reload and try again');
      const dueAt = await recordClocks(tx, legalAidClocks, row.id, result, now);
      await tx.insert(legalAidHistory).values({
        applicationId: row.id,
        at: now,
        status: result.to,
        actorId: user.id,
        action: result.action,
        note: historyNote(input, assignee),
      });
      await attachDocuments(tx, user.id, { legalAidApplicationId: row.id }, documentIds, 'body.documentIds');
      const [withDue] = await tx.update(legalAidApplications).set({ dueAt }).where(eq(legalAidApplications.id, row.id)).returning();
      return withDue!;
    });
    // Approval would publish 'legal-aid.application.approved' on the module kit's bus; that bus lives in
    // the browser, so the legal-aid module emits it when it sees the approval in this history.
    await audit(db, request, user, { action: 'update', subjectType: SUBJECT, subjectId: row.id, regionId: row.regionId });
    return updated;
  }

  return {
    ...qualityHandlers(services, { visible, detail }),

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

      const outcome = await createOnce(db, request, user.id, async (claim) => {
        // Inside createOnce: a retried submission's documents are attached by now, and that is fine.
        const documentIds = body.documentIds ?? [];
        await requireUnattachedDocuments(db, user.id, documentIds, 'body.documentIds');
        const now = new Date();
        const submitted = submit ? legalAidWorkflow.apply('draft', 'submit', 'applicant', {}, now, deadlineRules(profile)) : null;
        // A draft submitted by its owner is always a valid transition; anything else is a bug in the definition.
        if (submitted instanceof TransitionError) throw submitted;
        const decisionDueAt = submitted?.deadlinesStarted.find((clock) => clock.kind === 'decision')?.dueAt ?? null;
        const status = submitted ? submitted.to : 'draft';
        return withUniqueReference(() =>
          db.transaction(async (tx) => {
            const resourceId = await claim(tx);
            const [inserted] = await tx
              .insert(legalAidApplications)
              .values({
                id: resourceId,
                reference: caseReference(legalAidCase.referencePrefix, profile.divisionCode ?? '000000', now),
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
                dueAt: decisionDueAt,
              })
              .returning();
            if (submitted) await recordClocks(tx, legalAidClocks, inserted!.id, submitted, now);
            await tx.insert(legalAidHistory).values({ applicationId: inserted!.id, at: now, status, actorId: user.id, note: null });
            await attachDocuments(tx, user.id, { legalAidApplicationId: inserted!.id }, documentIds, 'body.documentIds');
            await discardDraft(tx, user.id, profile.id);
            await audit(tx, request, user, { action: 'create', subjectType: SUBJECT, subjectId: inserted!.id, regionId: inserted!.regionId });
            return inserted!;
          }),
        );
      });
      if ('existingId' in outcome) return { status: 201, body: await detail(await visible(outcome.existingId, user), user, false) };
      const row = outcome.created;
      return { status: 201, body: await detail(row, user, false) };
    },

    async listLegalAidApplications({ query, auth, request }) {
      const user = auth.requireUser();
      let scope: SQL;
      if (user.role === 'citizen') {
        scope = eq(legalAidApplications.ownerId, user.id);
      } else if (isStaff(user)) {
        scope = staffScope(regions, user, query.regionId);
      } else {
        throw problems.forbidden('Only applicants and legal-aid staff can list applications');
      }
      const { page, pageSize, limit, offset } = pageWindow(query);
      const where = queueFilter(scope, query);
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
      const now = new Date();
      return { status: 200, body: { items: rows.map((row) => summary(row, now)), page, pageSize, total: total?.n ?? 0 } };
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
      // The older endpoint: the same transition, against the version just read, with its own error code.
      const updated = await transition(row, user, { action: 'withdraw', version: row.version }, request, 'invalid_state');
      return { status: 200, body: await detail(updated, user, false) };
    },

    async transitionLegalAidApplication({ params, body, auth, request }) {
      const user = auth.requireUser();
      const row = await visible(params.id, user);
      const updated = await transition(row, user, body, request);
      return { status: 200, body: await detail(updated, user, false) };
    },
  };
}
