/**
 * A mediation case (调解案件) as both the citizen's and the mediator's pages show it: its types from the
 * contract, the tone of a status, dates in the page's language, and the history and clocks in words for
 * the casework timeline and clock list.
 */
import type { Schemas } from '@fawang/contract';
import type { CaseDeadline, CaseHistoryEntry } from '@fawang/module-kit/casework';
import type { FwStatusTone } from '@fawang/ui';
import { MEDIATION_STATES, type MediationState } from '@fawang/workflow/mediation';

export type MediationCase = Schemas['MediationCase'];
export type MediationCaseSummary = Schemas['MediationCaseSummary'];
export type MediationTransitionInput = Schemas['MediationTransitionInput'];

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The statuses a filed case can have: a draft never reaches a list. */
export const FILED_STATUSES = MEDIATION_STATES.filter((status) => status !== 'draft');

const TONES: Record<MediationState, FwStatusTone> = {
  draft: 'neutral',
  submitted: 'info',
  accepted: 'info',
  assigned: 'info',
  in_mediation: 'warning',
  agreed: 'success',
  evaluated: 'success',
  failed: 'danger',
  declined: 'danger',
  withdrawn: 'neutral',
};

export function statusTone(status: MediationState): FwStatusTone {
  return TONES[status];
}

/** A calendar date ('2026-12-25' or a date-time) in the page's language; date-only values are not shifted by the time zone. */
export function formatDay(iso: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(new Date(iso));
}

export function formatMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** 办理记录 in words: which action led to which status, who (masked by the server) and why. */
export function historyEntries(history: MediationCase['history'], t: Translate): CaseHistoryEntry[] {
  return history.map((step) => ({
    at: step.at,
    title: `${step.action ? t(`actionNames.${step.action}`) : t('track.created')} → ${t(`statuses.${step.status}`)}`,
    by: t('track.by', { name: step.by.displayName, role: t(`roles.${step.by.role}`) }),
    ...(step.note ? { note: t('track.note', { note: step.note }) } : {}),
  }));
}

/** The acceptance and conclusion clocks, labelled; the server's `overdue` of the case speaks for its running clock. */
export function caseClocks(mediationCase: Pick<MediationCase, 'deadlines'>, t: Translate): CaseDeadline[] {
  return mediationCase.deadlines.map(({ kind, ...clock }) => ({ ...clock, label: t(`deadlineKinds.${kind}`) }));
}
