/**
 * The case kernel's endpoints for declared case modules (ADR 0016): `/modules/{module}/cases`. The module's
 * definition (`@fawang/workflow/declared-modules`) says everything a module with its own paths writes as
 * code: the fields a filing must have, the organizations that handle it, the workflow and its actors, the
 * deadline defaults. Filing, visibility, lists and transitions are the kernel's (cases/).
 */
import { eq } from 'drizzle-orm';
import { checkCaseFields, deadlineRulesFor, type DeadlineRules, type StateOf, type WorkflowSpec } from '@fawang/workflow';
import type { RegionRegistry } from '@fawang/regions';
import { declaredCaseDetails, organizations } from '../db/schema.js';
import type { Database } from '../db/client.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { handlesCase, listScope, visibleCase, type CaseRow } from '../cases/access.js';
import { commitTransition, decideTransition, fileCase, offeringRegion, submitTransition } from '../cases/lifecycle.js';
import { caseFilters, pageOfCases } from '../cases/listing.js';
import { declaredCaseModule, declaredCaseModules, type DeclaredCaseModule } from '../cases/registry.js';
import { regionScope, type AppServices } from '../services.js';
import { requireUnattachedDocuments } from '../routes/documents.js';
import { detailView, namesOf, summaryView, type Details } from './view.js';

type ModuleCaseHandlers = Pick<Handlers, 'createModuleCase' | 'listModuleCases' | 'getModuleCase' | 'transitionModuleCase'>;

/** The declared module named in the path, or 404. */
function moduleOf(id: string): DeclaredCaseModule {
  const module = declaredCaseModule(id);
  if (!module) throw problems.notFound(`Case module ${id}`);
  return module;
}

async function detailsOf(db: Database, caseId: string): Promise<Details> {
  const [details] = await db.select().from(declaredCaseDetails).where(eq(declaredCaseDetails.caseId, caseId)).limit(1);
  if (!details) throw new Error(`case ${caseId} has no details`);
  return details;
}

/** A module's time limits in a region: the definition's defaults with the region's `modules.<id>.config.deadlines`. */
function rulesIn(regions: RegionRegistry, module: DeclaredCaseModule, regionId: string): DeadlineRules<string> {
  const { id } = module.definition;
  return deadlineRulesFor(module.definition, regions.get(regionId)?.modules[id]?.config?.['deadlines']);
}

/** Refuses to start with a region profile whose override of a declared module's time limits is wrong. */
function checkDeadlineOverrides(regions: RegionRegistry): void {
  for (const profile of regions.list()) {
    for (const module of declaredCaseModules()) {
      try {
        rulesIn(regions, module, profile.id);
      } catch (error) {
        throw new Error(`region profile ${profile.id}: ${(error as Error).message}`);
      }
    }
  }
}

export function moduleCaseHandlers(services: AppServices): ModuleCaseHandlers {
  const { db, regions } = services;
  checkDeadlineOverrides(regions);

  /** The organization a filing names: one of the module's type, in the region or a region below it. */
  async function handlingOrganization(module: DeclaredCaseModule, regionId: string, organizationId: string): Promise<void> {
    const [organization] = await db
      .select({ type: organizations.type, regionId: organizations.regionId })
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .limit(1);
    if (!organization || organization.type !== module.definition.organizationType || !regionScope(regions, regionId).includes(organization.regionId)) {
      throw problems.field('body.organizationId', 'not_competent', `choose a ${module.definition.organizationType} of the region`);
    }
  }

  /** The applicant is the owner; the module's staff who handle the case act as its staff actor. */
  function actorOf(module: DeclaredCaseModule, row: CaseRow, user: SessionUser): string | null {
    if (row.ownerId === user.id) return 'applicant';
    return handlesCase(regions, module, user, row) ? module.definition.staffActor : null;
  }

  return {
    async createModuleCase({ params, body, auth, request }) {
      const module = moduleOf(params.module);
      const user = auth.requireRole('citizen');
      const profile = offeringRegion(regions, module, body.regionId);
      const { values, problems: fieldProblems } = checkCaseFields(module.definition.fields, body.fields);
      if (fieldProblems.length) {
        throw problems.validation(fieldProblems.map((p) => ({ field: `body.fields.${p.key}`, code: p.code, message: p.message })));
      }
      const { workflow } = module.definition;
      const deadlines = rulesIn(regions, module, profile.id);

      const outcome = await fileCase(db, request, user, module, async () => {
        await handlingOrganization(module, profile.id, body.organizationId);
        // Inside the idempotency guard: a retried filing's documents are attached by now, and that is fine.
        const documentIds = body.documentIds ?? [];
        await requireUnattachedDocuments(db, user.id, documentIds, 'body.documentIds');
        const now = new Date();
        return {
          regionId: profile.id,
          referenceDivision: profile.divisionCode ?? '000000',
          organizationId: body.organizationId,
          submitted: submitTransition(workflow, deadlines, now),
          documentIds,
          now,
          async details(tx, caseId) {
            await tx.insert(declaredCaseDetails).values({ caseId, fields: values });
          },
        };
      });
      const row = 'existingId' in outcome ? await visibleCase(db, regions, module, outcome.existingId, user) : outcome.created;
      return { status: 201, body: await detailView(db, module, row, await detailsOf(db, row.id), user) };
    },

    async listModuleCases({ params, query, auth, request }) {
      const module = moduleOf(params.module);
      const user = auth.requireUser();
      if (query.status && !(module.definition.workflow.spec.states as readonly string[]).includes(query.status)) {
        throw problems.field('query.status', 'unknown_status', `${query.status} is not a status of ${module.definition.id}`);
      }
      const now = new Date();
      const where = caseFilters(listScope(regions, module, user, query.regionId), query, now);
      const { rows, ...page } = await pageOfCases(db, request, user, module, declaredCaseDetails, where, query);
      const names = await namesOf(db, rows.map((r) => r.kase));
      return { status: 200, body: { items: rows.map((r) => summaryView(module, r.kase, names, user, now)), ...page } };
    },

    async getModuleCase({ params, auth, request }) {
      const module = moduleOf(params.module);
      const user = auth.requireUser();
      const row = await visibleCase(db, regions, module, params.id, user);
      if (row.ownerId !== user.id) {
        await audit(db, request, user, { action: 'read', subjectType: module.subject, subjectId: row.id, regionId: row.regionId });
      }
      return { status: 200, body: await detailView(db, module, row, await detailsOf(db, row.id), user) };
    },

    async transitionModuleCase({ params, body, auth, request }) {
      const module = moduleOf(params.module);
      const user = auth.requireUser();
      const row = await visibleCase(db, regions, module, params.id, user);
      const { workflow } = module.definition;
      const now = new Date();
      const rules = rulesIn(regions, module, row.regionId);
      const result = await decideTransition<WorkflowSpec>(db, module, row, { workflow, actor: actorOf(module, row, user), input: body, rules, now });
      const note = body.reason?.trim() || null;
      // A reason given for an action that ends the case (a refusal, the outcome, a withdrawal) is why it ended.
      const ends = (workflow.spec.final as readonly StateOf<WorkflowSpec>[]).includes(result.to);
      const updated = await commitTransition(services, request, user, module, row, result, {
        note,
        ...(body.documentIds ? { documentIds: body.documentIds } : {}),
        async within(tx) {
          if (ends && note) await tx.update(declaredCaseDetails).set({ outcomeReason: note }).where(eq(declaredCaseDetails.caseId, row.id));
        },
      }, now);
      return { status: 200, body: await detailView(db, module, updated, await detailsOf(db, row.id), user) };
    },
  };
}

