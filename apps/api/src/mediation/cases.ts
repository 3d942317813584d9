/**
 * 人民调解 people's-mediation cases: a citizen files a dispute with the committee the routing proposed (or
 * one of its alternatives) and follows it; the committee's mediators and the bureau see the cases of their
 * region. The workflow and its clocks are `@fawang/workflow/mediation`; transitions are in
 * mediation-transitions.ts, the agreement document in mediation-agreement.ts.
 */
import { and, eq } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import type { FieldError } from '@fawang/contract/validation';
import { parseResidentId } from '@fawang/validators/ids';
import { mediationWorkflow } from '@fawang/workflow/mediation';
import { cases, mediationDetails } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { fileCase, offeringRegion, submitTransition } from '../cases/lifecycle.js';
import { caseFilters, pageOfCases } from '../cases/listing.js';
import { mediationCases } from '../cases/registry.js';
import { mediationDeadlineRules } from './clocks.js';
import type { AppServices } from '../services.js';
import { requireUnattachedDocuments } from '../routes/documents.js';
import { choices, proposal } from './committees.js';
import { listScope, MEDIATION_SUBJECT, mediationRow, visibleCase, withDetails } from './access.js';
import { committeeRefs, detailView, summaryView } from './view.js';

type CaseHandlers = Pick<Handlers, 'createMediationCase' | 'listMediationCases' | 'getMediationCase'>;

/** One applicant and at least one respondent, each ID number valid (GB 11643) and stored normalised. */
function checkedParties(parties: readonly Schemas['MediationParty'][]): Schemas['MediationParty'][] {
  const applicants = parties.filter((p) => p.role === 'applicant').length;
  if (applicants !== 1 || parties.length === applicants) {
    throw problems.field('body.parties', 'parties', 'list exactly one applicant (申请人) and at least one respondent (被申请人)');
  }
  const errors: FieldError[] = [];
  const checked = parties.map((party, index) => {
    if (!party.idNumber) return party;
    const id = parseResidentId(party.idNumber);
    if (id.valid) return { ...party, idNumber: id.info.normalized };
    errors.push({ field: `body.parties.${index}.idNumber`, code: `id_${id.error}`, message: 'is not a valid 18-digit resident ID number (GB 11643)' });
    return party;
  });
  if (errors.length) throw problems.validation(errors);
  // The applicant first, then the respondents in the order given.
  return [...checked.filter((p) => p.role === 'applicant'), ...checked.filter((p) => p.role !== 'applicant')];
}

export function mediationCaseHandlers(services: AppServices): CaseHandlers {
  const { db, regions } = services;
  return {
    async createMediationCase({ body, auth, request }) {
      const user = auth.requireRole('citizen');
      const profile = offeringRegion(regions, mediationCases, body.regionId);
      const parties = checkedParties(body.parties);

      const outcome = await fileCase(db, request, user, mediationCases, async () => {
        const routing = await proposal(db, services, profile.id, { divisionCode: body.place.divisionCode, disputeType: body.disputeType }, 'body.place.divisionCode');
        if (!choices(routing).some((c) => c.id === body.committeeId)) {
          throw problems.field('body.committeeId', 'not_competent', 'choose the proposed committee or one of its alternatives for this place and dispute type');
        }
        // Inside the idempotency guard: a retried filing's documents are attached by now, and that is fine.
        const documentIds = body.documentIds ?? [];
        await requireUnattachedDocuments(db, user.id, documentIds, 'body.documentIds');
        const now = new Date();
        const submitted = submitTransition(mediationWorkflow, mediationDeadlineRules(profile), now);
        return {
          regionId: profile.id,
          // 调解编号: the place's county code.
          referenceDivision: body.place.divisionCode.slice(0, 6),
          organizationId: body.committeeId,
          submitted,
          documentIds,
          now,
          async details(tx, caseId) {
            await tx.insert(mediationDetails).values({ caseId, disputeType: body.disputeType, place: body.place, summary: body.summary, parties });
          },
        };
      });
      if ('existingId' in outcome) return { status: 201, body: await detailView(db, await visibleCase(db, regions, outcome.existingId, user), user) };
      return { status: 201, body: await detailView(db, await withDetails(db, outcome.created), user) };
    },

    async listMediationCases({ query, auth, request }) {
      const user = auth.requireUser();
      const now = new Date();
      const where = and(
        caseFilters(listScope(regions, user, query.regionId), query, now),
        query.disputeType ? eq(mediationDetails.disputeType, query.disputeType) : undefined,
        query.committeeId ? eq(cases.organizationId, query.committeeId) : undefined,
      );
      const { rows: found, ...page } = await pageOfCases(db, request, user, mediationCases, mediationDetails, where, query);
      const rows = found.map((r) => mediationRow(r.kase, r.details));
      const committees = await committeeRefs(db, rows.map((row) => row.committeeId));
      const items = rows.map((row) => summaryView(row, committees.get(row.committeeId)!, user, now));
      return { status: 200, body: { items, ...page } };
    },

    async getMediationCase({ params, auth, request }) {
      const user = auth.requireUser();
      const row = await visibleCase(db, regions, params.id, user);
      if (row.ownerId !== user.id) {
        await audit(db, request, user, { action: 'read', subjectType: MEDIATION_SUBJECT, subjectId: row.id, regionId: row.regionId });
      }
      return { status: 200, body: await detailView(db, row, user) };
    },
  };
}
