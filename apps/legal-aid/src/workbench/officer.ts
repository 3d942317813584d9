/**
 * What an officer (法律援助机构工作人员) may do with one application, read from the workflow the server
 * enforces (`@fawang/workflow/legal-aid`), so the buttons on the page never offer a transition the API
 * would refuse. Pure functions: the pages and the tests share them.
 */
import type { Schemas } from '@fawang/contract';
import type { FawangEvents } from '@fawang/module-kit';
import type { ActionSpec } from '@fawang/workflow';
import { legalAidWorkflow, type LegalAidAction } from '@fawang/workflow/legal-aid';

type Application = Schemas['LegalAidApplication'];

/** The inputs an officer's action can require; the workflow names them in `requires`. */
export type ActionField = 'reason' | 'assignee' | 'outcome';

/** Actions whose success approves legal aid (准予法律援助) and so publishes the approval event. */
const APPROVING: readonly LegalAidAction[] = ['approve', 'uphold_objection'];

/** Actions taken so far, for the workflow's once-per-case rule (an objection is reviewed once). */
function actionsTaken(application: Application): LegalAidAction[] {
  return application.history.flatMap((entry) => (entry.action ? [entry.action] : []));
}

/** The buttons to show, in the workflow's order. */
export function officerActions(application: Application): LegalAidAction[] {
  return legalAidWorkflow.actionsFor(application.status, 'officer', actionsTaken(application));
}

/** The fields the action requires (reason, assignee, outcome); empty for a plain confirmation. */
export function requiredFields(action: LegalAidAction): ActionField[] {
  const spec: ActionSpec = legalAidWorkflow.spec.actions[action];
  return (spec.requires ?? []).filter((field): field is ActionField => field === 'reason' || field === 'assignee' || field === 'outcome');
}

/**
 * The bus event for an application the action approved, or undefined for any other action. The
 * application has no applicant user id of its own: the history's creation entry (the one without an
 * action) is written by the owner, the applicant, so its `by.id` is the applicant's user id.
 */
export function approvalEvent(action: LegalAidAction, application: Application): FawangEvents['legal-aid.application.approved'] | undefined {
  if (!APPROVING.includes(action)) return undefined;
  const creation = application.history.find((entry) => !entry.action) ?? application.history[0];
  if (!creation) return undefined;
  const decision = application.history.findLast((entry) => entry.action === action);
  return { applicationId: application.id, regionId: application.regionId, applicantId: creation.by.id, decidedAt: decision?.at ?? application.updatedAt };
}

/** What a dialog collected for an action, in the shape of the transition's body. */
export type ActionInput = Pick<Schemas['LegalAidTransitionInput'], 'reason' | 'assignee' | 'outcome'>;
