/**
 * A case's life, the same for every module: filing (idempotent, a reference number on the Beijing date,
 * the first history entry and clocks, the documents taken, the audit) and each workflow action (who may
 * take it, the version guard, the clocks, the history, once-only actions, the audit). A module supplies
 * what only it knows: its details row, its action's own checks and what the action changes in its details.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { NoticeKind } from '@fawang/contract';
import type { RegionRegistry, ResolvedRegionProfile } from '@fawang/regions';
import { noticeKind, TransitionError, type DaysKeyOf, type DeadlineRules, type StateOf, type Transition, type Workflow, type WorkflowSpec } from '@fawang/workflow';
import type { Database, Transaction } from '../db/client.js';
import { caseHistory, cases } from '../db/schema.js';
import type { SessionUser } from '../http/auth.js';
import { problems } from '../http/problem.js';
import { audit } from '../domain/audit.js';
import { createOnce, type Outcome } from '../domain/idempotency.js';
import { attachDocuments } from '../routes/documents.js';
import type { CaseRow } from './access.js';
import { recordClocks } from './clocks.js';
import { caseReference, withUniqueReference } from './reference.js';
import type { CaseModule } from './registry.js';
import { sendNotice } from './notices.js';
import type { AppServices } from '../services.js';

/**
 * The region a filing names, which must exist and offer the module online; otherwise 400 on
 * `body.regionId` (`unknown_region`, `module_disabled`).
 */
export function offeringRegion(regions: RegionRegistry, module: CaseModule, regionId: string): ResolvedRegionProfile {
  const profile = regions.get(regionId);
  if (!profile) throw problems.field('body.regionId', 'unknown_region', `region ${regionId} does not exist`);
  const id = module.definition.id as keyof ResolvedRegionProfile['modules'];
  if (!profile.modules?.[id]?.enabled) {
    throw problems.field('body.regionId', 'module_disabled', `${module.noun.toLowerCase()}s are not filed online in ${profile.name}`);
  }
  return profile;
}

/** The applicant's submit of a new case: always a valid transition from draft, so anything else is a bug in the definition. */
export function submitTransition<W extends WorkflowSpec>(workflow: Workflow<W>, rules: DeadlineRules<DaysKeyOf<W>>, now: Date): Transition<W> {
  const submitted = workflow.apply('draft' as StateOf<W>, 'submit', 'applicant', {}, now, rules);
  if (submitted instanceof TransitionError) throw submitted;
  return submitted;
}

/** A new case as a module files it. */
export interface CaseFiling<W extends WorkflowSpec> {
  readonly regionId: string;
  /** The division code in the reference number (the region's, or the dispute's county). */
  readonly referenceDivision: string;
  /** The organization that handles it, when the module routes cases to one. */
  readonly organizationId?: string;
  /** The submit transition, or null for a draft the applicant keeps. */
  readonly submitted: Transition<W> | null;
  readonly documentIds: readonly string[];
  readonly now: Date;
  /** Writes the module's details row for the new case. */
  details(tx: Transaction, caseId: string): Promise<void>;
  /** Anything else the filing does in the same transaction (discarding the wizard's draft). */
  alongside?(tx: Transaction): Promise<void>;
}

/**
 * Files a case once per Idempotency-Key: `prepare` checks the request (inside the idempotency guard, so a
 * retry of an accepted filing answers with its case even if the checks would now fail) and returns the
 * filing. The answer is the new row, or the id of the case a previous attempt created.
 */
export async function fileCase<W extends WorkflowSpec>(
  db: Database,
  request: FastifyRequest,
  user: SessionUser,
  module: CaseModule,
  prepare: () => Promise<CaseFiling<W>>,
): Promise<Outcome<CaseRow>> {
  return createOnce(db, request, user.id, async (claim) => {
    const filing = await prepare();
    const { now, submitted } = filing;
    const status = submitted ? submitted.to : 'draft';
    return withUniqueReference(() =>
      db.transaction(async (tx) => {
        const id = await claim(tx);
        await tx.insert(cases).values({
          id,
          module: module.definition.id as CaseRow['module'],
          reference: caseReference(module.definition.referencePrefix, filing.referenceDivision, now),
          regionId: filing.regionId,
          ownerId: user.id,
          organizationId: filing.organizationId ?? null,
          status,
          createdAt: now,
          updatedAt: now,
          submittedAt: submitted ? now : null,
        });
        await filing.details(tx, id);
        await attachDocuments(tx, user.id, id, filing.documentIds, 'body.documentIds');
        const dueAt = submitted ? await recordClocks(tx, id, submitted, now) : null;
        await tx.insert(caseHistory).values({ caseId: id, at: now, status, actorId: user.id, action: null, note: null });
        await filing.alongside?.(tx);
        const [row] = await tx.update(cases).set({ dueAt }).where(eq(cases.id, id)).returning();
        await audit(tx, request, user, { action: 'create', subjectType: module.subject, subjectId: id, regionId: filing.regionId });
        return row!;
      }),
    );
  });
}

/** The once-only actions already taken on a case (an objection), read from its history. */
async function actionsTaken(db: Database, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ action: caseHistory.action })
    .from(caseHistory)
    .where(and(eq(caseHistory.caseId, caseId), isNotNull(caseHistory.action)));
  return rows.flatMap((r) => (r.action ? [r.action] : []));
}

/** What a module's workflow needs to decide one action. */
export interface Decision<W extends WorkflowSpec> {
  readonly workflow: Workflow<W>;
  /** The caller's actor kind on this case, or null when they are none of the workflow's actors. */
  readonly actor: string | null;
  readonly input: { readonly action: string; readonly version: number } & Readonly<Record<string, unknown>>;
  readonly rules: DeadlineRules<DaysKeyOf<W>>;
  readonly now: Date;
}

/**
 * Decides one action on a case, answering as every module does: an actor who may never take the action
 * 403, a stale version 409 `version_conflict`, a missing field 400 naming it, an action the state does
 * not allow 409 `invalid_transition`.
 */
export async function decideTransition<W extends WorkflowSpec>(db: Database, module: CaseModule, row: CaseRow, decision: Decision<W>): Promise<Transition<W>> {
  const { input } = decision;
  const result = decision.workflow.apply(
    row.status as StateOf<W>,
    input.action,
    decision.actor ?? 'none',
    input,
    decision.now,
    decision.rules,
    await actionsTaken(db, row.id),
  );
  const noun = module.noun.toLowerCase();
  if (result instanceof TransitionError && result.code === 'not_allowed') throw problems.forbidden(`Your role may not ${input.action} this ${noun}`);
  if (input.version !== row.version) {
    throw problems.conflict('version_conflict', `The ${noun} is at version ${row.version}, not ${input.version}; reload and try again`);
  }
  if (result instanceof TransitionError) {
    if (result.code === 'missing_field') throw problems.field(`body.${result.field}`, 'required', `${input.action} requires ${result.field}`);
    throw problems.conflict('invalid_transition', `A ${noun} in status ${row.status} cannot ${input.action}`);
  }
  return result;
}

/** What a decided action writes besides the kernel's columns. */
export interface TransitionEffects {
  /** The history entry's "why". */
  readonly note: string | null;
  /** The applicant's documents the action hands to the case (material provided). */
  readonly documentIds?: readonly string[];
  /** The organization that handles the case from now on (a transfer). */
  readonly organizationId?: string;
  /** The practitioners assigned from now on (an assignment; a transfer clears them). */
  readonly practitionerIds?: readonly string[];
  /** The module's own writes, in the same transaction (its details, a booked session). */
  within?(tx: Transaction): Promise<void>;
  /** A session's start, which the applicant's notice names (session_scheduled). */
  readonly startsAt?: Date;
  /** Reminders the action sets for the applicant, shown from their own time (the judicial-confirmation deadline). */
  readonly reminders?: readonly { readonly kind: NoticeKind; readonly dueBy: string; readonly visibleAt: Date }[];
}

/**
 * Stores a decided action: the status under the version guard (of two concurrent callers with the same
 * version exactly one updates the row, the other gets 409), the submission and conclusion times, the
 * clocks, the history, the documents, the module's writes and — when someone other than the applicant acted
 * — the applicant's notice (its kind from the case definition) in one transaction, then the audit.
 */
export async function commitTransition<W extends WorkflowSpec>(
  { db, outbound }: Pick<AppServices, 'db' | 'outbound'>,
  request: FastifyRequest,
  user: SessionUser,
  module: CaseModule,
  row: CaseRow,
  result: Transition<W>,
  effects: TransitionEffects,
  now: Date,
): Promise<CaseRow> {
  const concludes = (module.definition.concluded as readonly string[]).includes(result.to);
  const updated = await db.transaction(async (tx) => {
    const [next] = await tx
      .update(cases)
      .set({
        status: result.to,
        updatedAt: now,
        version: row.version + 1,
        ...(result.action === 'submit' ? { submittedAt: now } : {}),
        ...(concludes && !row.concludedAt ? { concludedAt: now } : {}),
        ...(effects.organizationId ? { organizationId: effects.organizationId } : {}),
        ...(effects.practitionerIds ? { practitionerIds: [...effects.practitionerIds] } : {}),
      })
      .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
      .returning({ id: cases.id });
    if (!next) throw problems.conflict('version_conflict', `The ${module.noun.toLowerCase()} changed meanwhile; reload and try again`);
    await effects.within?.(tx);
    const dueAt = await recordClocks(tx, row.id, result, now);
    await tx.insert(caseHistory).values({ caseId: row.id, at: now, status: result.to, actorId: user.id, action: result.action, note: effects.note });
    await attachDocuments(tx, user.id, row.id, effects.documentIds ?? [], 'body.documentIds');
    if (user.id !== row.ownerId) {
      const about = { userId: row.ownerId, caseId: row.id, status: result.to, action: result.action };
      const kind = noticeKind(module.definition, result.action);
      await sendNotice(tx, outbound, { ...about, kind, ...(effects.startsAt ? { startsAt: effects.startsAt } : {}), visibleAt: now });
      for (const reminder of effects.reminders ?? []) await sendNotice(tx, outbound, { ...about, ...reminder });
    }
    const [withDue] = await tx.update(cases).set({ dueAt }).where(eq(cases.id, row.id)).returning();
    return withDue!;
  });
  await audit(db, request, user, { action: 'update', subjectType: module.subject, subjectId: row.id, regionId: row.regionId });
  return updated;
}

/**
 * Moves a rated case to its module's rated state (已评价) with a history entry naming the level, when it is
 * still in a rateable state; part of the rating's transaction.
 */
export async function markRated(tx: Transaction, module: CaseModule, caseId: string, by: string, level: string, at: Date): Promise<void> {
  const { rated, rateable } = module.definition;
  const [moved] = await tx
    .update(cases)
    .set({ status: rated, version: sql`${cases.version} + 1`, updatedAt: at })
    .where(and(eq(cases.id, caseId), inArray(cases.status, [...rateable])))
    .returning({ id: cases.id });
  if (moved) await tx.insert(caseHistory).values({ caseId, at, status: rated, actorId: by, action: null, note: level });
}
