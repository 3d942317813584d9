/**
 * A case module's definition (issue 15, item 1): its workflow plus the facts that the server and the
 * module's pages otherwise each wrote down for themselves — the reference prefix, the staff roles that
 * handle its cases, the states that conclude a case and those in which the applicant may rate it. One
 * definition per module is the single source; nothing here depends on a framework.
 */
import { NOTICE_KINDS, ROLES, type NoticeKind, type Role } from '@fawang/contract';
import type { ActionOf, Workflow, WorkflowSpec } from './workflow.js';

type FinalOf<W extends WorkflowSpec> = W['final'][number];

export interface CaseDefinition<Id extends string = string, W extends WorkflowSpec = WorkflowSpec> {
  /** The module id, as in the module definition and the evaluations' `module`. */
  readonly id: Id;
  readonly workflow: Workflow<W>;
  /** Two capital letters that open every reference number, e.g. 'FY' for 法援. */
  readonly referencePrefix: string;
  /** The contract roles that see and act on this module's cases as staff (within their region). */
  readonly staffRoles: readonly Role[];
  /** Final states that end the case. */
  readonly concluded: readonly FinalOf<W>[];
  /** Concluded states in which the applicant may rate the case; rating moves it to `rated`. */
  readonly rateable: readonly FinalOf<W>[];
  /** The state a rating leaves the case in (已评价); rating it again is refused as already rated. */
  readonly rated: FinalOf<W>;
  /**
   * What the applicant is told (我的消息, and the outbound channels) when someone else takes an action: the
   * notice's kind per action; an action not listed tells them `status_changed`. Their own actions tell nobody.
   */
  readonly notices?: Partial<Record<ActionOf<W>, NoticeKind>>;
}

/**
 * Any module's definition, for code that serves every module (the document read rule, rating): a
 * workflow's literal types make `Workflow` invariant, so this keeps only what such code may read of it.
 */
export type AnyCaseDefinition = Omit<CaseDefinition, 'workflow' | 'notices'> & {
  readonly workflow: { readonly spec: WorkflowSpec };
  readonly notices?: Readonly<Partial<Record<string, NoticeKind>>>;
};

/**
 * Checks a definition against its workflow and the contract's roles, so a typo fails when the module
 * loads rather than when a case reaches the state. The types catch most of it; this also covers lists
 * built at run time and the rules the types cannot state (rateable states must conclude the case).
 */
export function defineCase<const Id extends string, W extends WorkflowSpec>(definition: CaseDefinition<Id, W>): CaseDefinition<Id, W> {
  const { id, workflow, referencePrefix, staffRoles, concluded, rateable, rated } = definition;
  const final: readonly string[] = workflow.spec.final;
  const problems: string[] = [];
  if (!/^[A-Z]{2}$/.test(referencePrefix)) problems.push(`reference prefix ${referencePrefix} is not two capital letters`);
  if (staffRoles.length === 0) problems.push('no staff role handles its cases');
  for (const role of staffRoles) {
    if (!(ROLES as readonly string[]).includes(role)) problems.push(`staff role ${role} is not a contract role`);
  }
  for (const state of concluded) {
    if (!final.includes(state)) problems.push(`concluded state ${state} is not a final state`);
  }
  for (const state of [...rateable, rated]) {
    if (!(concluded as readonly string[]).includes(state)) problems.push(`rating state ${state} does not conclude the case`);
  }
  if ((rateable as readonly string[]).includes(rated)) problems.push(`the rated state ${rated} cannot be rateable again`);
  for (const [action, kind] of Object.entries(definition.notices ?? {})) {
    if (!(action in workflow.spec.actions)) problems.push(`notice for ${action}, which is not an action`);
    if (!(NOTICE_KINDS as readonly string[]).includes(kind as string)) problems.push(`notice kind ${String(kind)} is not a contract notice kind`);
  }
  if (problems.length) throw new Error(`case ${id}: ${problems.join('; ')}`);
  return definition;
}

/**
 * Roles that work for one organization — a mediation committee's mediators, a notary office's notaries,
 * an appraisal institute's appraisers, an arbitration commission's secretaries — and handle that
 * organization's cases only; the other staff roles (legal-aid officers, bureau admins) handle every case
 * of their region and the regions below it (ADR 0004).
 */
export const ORGANIZATION_BOUND_ROLES = ['mediator', 'notary', 'appraiser', 'arbitration_secretary'] as const satisfies readonly Role[];

export function isOrganizationBound(role: string): boolean {
  return (ORGANIZATION_BOUND_ROLES as readonly string[]).includes(role);
}

/** Whether `role` is one of the staff roles that handle the module's cases. */
export function isCaseStaff(definition: AnyCaseDefinition, role: string): boolean {
  return (definition.staffRoles as readonly string[]).includes(role);
}

/** Whether the applicant may rate a case in `state` now (concluded and not yet rated). */
export function isRateable(definition: AnyCaseDefinition, state: string): boolean {
  return (definition.rateable as readonly string[]).includes(state);
}

/** The kind of notice an action taken by staff sends the applicant. */
export function noticeKind(definition: AnyCaseDefinition, action: string): NoticeKind {
  return definition.notices?.[action] ?? 'status_changed';
}
