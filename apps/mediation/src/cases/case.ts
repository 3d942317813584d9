/**
 * A mediation case (调解案件) as both the citizen's and the mediator's pages show it: its types from the
 * contract, and the history and clocks in words for the casework timeline and clock list. Status tones are
 * in `ui.ts`, dates are the casework's (`formatCaseDay`, `formatCaseMoment`).
 */
import type { Schemas } from '@fawang/contract';
import type { CaseDeadline, CaseHistoryEntry } from '@fawang/module-kit/casework';
import { MEDIATION_STATES } from '@fawang/workflow/mediation';

export type MediationCase = Schemas['MediationCase'];
export type MediationCaseSummary = Schemas['MediationCaseSummary'];
export type MediationTransitionInput = Schemas['MediationTransitionInput'];

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The statuses a filed case can have: a draft never reaches a list. */
export const FILED_STATUSES = MEDIATION_STATES.filter((status) => status !== 'draft');

/** 办理记录 in words: which action led to which status, who (masked by the server) and why. */
export function historyEntries(history: MediationCase['history'], t: Translate): CaseHistoryEntry[] {
  return history.map((step) => ({
    at: step.at,
    title: `${step.action ? t(`actions.names.${step.action}`) : t('track.created')} → ${t(`statuses.${step.status}`)}`,
    by: t('track.by', { name: step.by.displayName, role: t(`roles.${step.by.role}`) }),
    ...(step.note ? { note: t('track.note', { note: step.note }) } : {}),
  }));
}

/** The acceptance and conclusion clocks, labelled; the server's `overdue` of the case speaks for its running clock. */
export function caseClocks(mediationCase: Pick<MediationCase, 'deadlines'>, t: Translate): CaseDeadline[] {
  return mediationCase.deadlines.map(({ kind, ...clock }) => ({ ...clock, label: t(`deadlineKinds.${kind}`) }));
}
