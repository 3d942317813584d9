/**
 * 法律援助 legal-aid applications: a citizen submits (or saves a draft), follows, provides material, objects
 * and withdraws; officers of the competent region review, decide, assign and close. The workflow and its
 * statutory clocks are `@fawang/workflow/legal-aid`; this file checks who is asking, applies it with
 * optimistic concurrency (`version`) and records history, clocks and the audit log.
 */
import { eq } from 'drizzle-orm';
import { maskName, maskPhone, maskResidentId } from '@fawang/validators/masking';
import { parseResidentId } from '@fawang/validators/ids';
import type { Schemas } from '@fawang/contract';
import { legalAidWorkflow, type LegalAidActor, type LegalAidClock } from '@fawang/workflow/legal-aid';
import { legalAidDetails } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { SessionUser } from '../http/auth.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { assignedTo, handlesCase, listScope, visibleCase, type CaseRow } from '../cases/access.js';
import { commitTransition, decideTransition, fileCase, offeringRegion, submitTransition } from '../cases/lifecycle.js';
import { pageOfCases } from '../cases/listing.js';
import { caseClocksView, caseHistoryView } from '../cases/record.js';
import { legalAidCases } from '../cases/registry.js';
import type { AppServices } from '../services.js';
import { deadlineRules } from './clocks.js';
import { qualityHandlers, qualityReviewView } from './quality.js';
import { rosterAssignee } from './roster.js';
import { heldDocuments, requireUnattachedDocuments } from '../routes/documents.js';
import { discardDraft } from './drafts.js';
import { queueFilter } from './queue.js';

type LegalAidHandlers = Pick<
  Handlers,
  | 'createLegalAidApplication'
  | 'listLegalAidApplications'
  | 'getLegalAidApplication'
  | 'transitionLegalAidApplication'
  | 'reviewLegalAidQuality'
>;
/** An application: the kernel's case and legal aid's details. */
export type ApplicationRow = CaseRow & { details: typeof legalAidDetails.$inferSelect };
type Row = ApplicationRow;
type Applicant = Schemas['LegalAidApplication']['applicant'];
type TransitionInput = Schemas['LegalAidTransitionInput'];

/** What the history keeps as the "why" of a transition: the reason, the material, the assignee's name or the outcome. */
function historyNote(input: Partial<TransitionInput>, assignee: Schemas['Assignee'] | null): string | null {
  if (input.reason) return input.reason;
  if (input.material) return input.material;
  if (assignee) return assignee.name;
  return input.outcome ?? null;
}

function summary(row: Row, now = new Date()): Schemas['LegalAidApplicationSummary'] {
  const applicant = row.details.applicant as Applicant;
  return {
    id: row.id,
    reference: row.reference,
    regionId: row.regionId,
    status: row.status as Schemas['ApplicationStatus'],
    matterType: row.details.matterType,
    applicantName: maskName(applicant.name),
    applicantIdNumber: maskResidentId(applicant.idNumber),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.submittedAt ? { submittedAt: row.submittedAt.toISOString() } : {}),
    ...(row.details.decisionDueAt ? { decisionDueAt: row.details.decisionDueAt.toISOString() } : {}),
    ...(row.dueAt ? { dueAt: row.dueAt.toISOString() } : {}),
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
  };
}

export function legalAidHandlers(services: AppServices): LegalAidHandlers {
  const { db, regions } = services;

  async function withDetails(row: CaseRow): Promise<Row> {
    const [details] = await db.select().from(legalAidDetails).where(eq(legalAidDetails.caseId, row.id)).limit(1);
    // Every legal-aid case is filed with its details in one transaction.
    if (!details) throw new Error(`legal-aid application ${row.id} has no details`);
    return { ...row, details };
  }

  /** Loads an application the caller may see (the kernel's rule); anything else is a 404. */
  async function visible(id: string, user: SessionUser): Promise<Row> {
    return withDetails(await visibleCase(db, regions, legalAidCases, id, user));
  }

  async function detail(row: Row, user: SessionUser, reveal: boolean): Promise<Schemas['LegalAidApplication']> {
    const { details } = row;
    const applicant = details.applicant as Applicant;
    const owner = row.ownerId === user.id;
    const [history, deadlines, quality, documents] = await Promise.all([
      caseHistoryView<Schemas['ApplicationStatus'], Schemas['LegalAidAction']>(db, row.id, user.id),
      caseClocksView<LegalAidClock>(db, row.id),
      qualityReviewView(db, details.qualityReview, user),
      heldDocuments(db, row.id),
    ]);
    return {
      ...summary(row),
      applicant: {
        name: applicant.name,
        idNumber: owner || reveal ? applicant.idNumber : maskResidentId(applicant.idNumber),
        phone: owner ? applicant.phone : maskPhone(applicant.phone),
        address: applicant.address,
      },
      categories: details.categories,
      household: details.household,
      caseSummary: details.caseSummary,
      ...(details.opposingParty ? { opposingParty: details.opposingParty } : {}),
      pledgeSigned: details.pledgeSigned,
      version: row.version,
      history,
      deadlines,
      ...(details.assignee ? { assignee: details.assignee } : {}),
      ...(details.outcome ? { outcome: details.outcome } : {}),
      documents,
      ...(quality ? { qualityReview: quality } : {}),
    };
  }

  /** The applicant is the owner; an officer is staff who handle the case; the assignee is the practitioner assigned to it. */
  function actorKind(row: Row, user: SessionUser): LegalAidActor | null {
    if (row.ownerId === user.id) return 'applicant';
    if (handlesCase(regions, legalAidCases, user, row)) return 'officer';
    return assignedTo(user, row) ? 'assignee' : null;
  }

  /** Applies one workflow action with the kernel: legal aid's own checks (the pledge, material, the roster) and details. */
  async function transition(row: Row, user: SessionUser, input: TransitionInput, request: Parameters<typeof audit>[1]): Promise<Row> {
    const now = new Date();
    const result = await decideTransition(db, legalAidCases, row, {
      workflow: legalAidWorkflow,
      actor: actorKind(row, user),
      input,
      rules: deadlineRules(regions.get(row.regionId)),
      now,
    });
    if (result.action === 'submit' && !row.details.pledgeSigned) {
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
    const outcome = result.action === 'close' && input.outcome ? input.outcome : null;
    const updated = await commitTransition(services, request, user, legalAidCases, row, result, {
      note: historyNote(input, assignee),
      documentIds,
      ...(assignee ? { practitionerIds: [assignee.practitionerId] } : {}),
      async within(tx) {
        if (!decision && !assignee && !outcome) return;
        await tx
          .update(legalAidDetails)
          .set({ ...(decision ? { decisionDueAt: decision.dueAt } : {}), ...(assignee ? { assignee } : {}), ...(outcome ? { outcome } : {}) })
          .where(eq(legalAidDetails.caseId, row.id));
      },
    }, now);
    // Approval would publish 'legal-aid.application.approved' on the module kit's bus; that bus lives in
    // the browser, so the legal-aid module emits it when it sees the approval in this history.
    return withDetails(updated);
  }

  return {
    ...qualityHandlers(services, { visible, detail }),

    async createLegalAidApplication({ body, auth, request }) {
      const user = auth.requireRole('citizen');
      const profile = offeringRegion(regions, legalAidCases, body.regionId);
      const id = parseResidentId(body.applicant.idNumber);
      if (!id.valid) {
        throw problems.field('body.applicant.idNumber', `id_${id.error}`, 'is not a valid 18-digit resident ID number (GB 11643)');
      }
      const submit = body.submit ?? true;
      if (submit && !body.pledgeSigned) {
        throw problems.field('body.pledgeSigned', 'pledge_required', 'the integrity pledge (诚信承诺) must be signed to submit');
      }

      const outcome = await fileCase(db, request, user, legalAidCases, async () => {
        // Inside the idempotency guard: a retried submission's documents are attached by now, and that is fine.
        const documentIds = body.documentIds ?? [];
        await requireUnattachedDocuments(db, user.id, documentIds, 'body.documentIds');
        const now = new Date();
        const submitted = submit ? submitTransition(legalAidWorkflow, deadlineRules(profile), now) : null;
        const decisionDueAt = submitted?.deadlinesStarted.find((clock) => clock.kind === 'decision')?.dueAt ?? null;
        return {
          regionId: profile.id,
          referenceDivision: profile.divisionCode ?? '000000',
          submitted,
          documentIds,
          now,
          async details(tx, caseId) {
            await tx.insert(legalAidDetails).values({
              caseId,
              matterType: body.matterType,
              applicant: { ...body.applicant, idNumber: id.info.normalized },
              categories: [...new Set(body.categories)],
              household: body.household,
              caseSummary: body.caseSummary,
              opposingParty: body.opposingParty ?? null,
              pledgeSigned: body.pledgeSigned,
              decisionDueAt,
            });
          },
          alongside: (tx) => discardDraft(tx, user.id, profile.id),
        };
      });
      if ('existingId' in outcome) return { status: 201, body: await detail(await visible(outcome.existingId, user), user, false) };
      return { status: 201, body: await detail(await withDetails(outcome.created), user, false) };
    },

    async listLegalAidApplications({ query, auth, request }) {
      const user = auth.requireUser();
      const where = queueFilter(listScope(regions, legalAidCases, user, query.regionId), query);
      const { rows, ...page } = await pageOfCases(db, request, user, legalAidCases, legalAidDetails, where, query);
      const now = new Date();
      return { status: 200, body: { items: rows.map((r) => summary({ ...r.kase, details: r.details }, now)), ...page } };
    },

    async getLegalAidApplication({ params, query, auth, request }) {
      const user = auth.requireUser();
      const row = await visible(params.id, user);
      const reveal = query.reveal === 'idNumber' && handlesCase(regions, legalAidCases, user, row);
      if (row.ownerId !== user.id) {
        const action = reveal ? 'reveal' : 'read';
        await audit(db, request, user, { action, subjectType: legalAidCases.subject, subjectId: row.id, regionId: row.regionId });
      }
      return { status: 200, body: await detail(row, user, reveal) };
    },

    async transitionLegalAidApplication({ params, body, auth, request }) {
      const user = auth.requireUser();
      const row = await visible(params.id, user);
      const updated = await transition(row, user, body, request);
      return { status: 200, body: await detail(updated, user, false) };
    },
  };
}
