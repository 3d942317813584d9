/**
 * What follows an officer's action on one application: an approval (准予法律援助) publishes the bus event that
 * notary and forensic appraisal use for fee waivers. Which actions the officer has and which need a dialog
 * come from the workflow through the casework action bar (`cases/ui.ts`).
 */
import type { Schemas } from '@fawang/contract';
import type { FawangEvents } from '@fawang/module-kit';
import type { LegalAidAction } from '@fawang/workflow/legal-aid';

type Application = Schemas['LegalAidApplication'];

/** The inputs an officer's action can require; the workflow names them in `requires`. */
export type ActionField = 'reason' | 'assignee' | 'outcome';

/** Actions whose success approves legal aid (准予法律援助) and so publishes the approval event. */
const APPROVING: readonly LegalAidAction[] = ['approve', 'uphold_objection'];

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
