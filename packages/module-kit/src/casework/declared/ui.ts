/**
 * How a declared module's statuses and actions look, drawn from its definition so the module writes no
 * `ui.ts`: a draft is neutral; a rateable or rated state a success; a concluded state only staff reach (a
 * refusal) danger, one the applicant reaches (withdrawn) neutral; the rest info. Staff actions into a danger
 * state are danger buttons, into a success state primary. `look` overrides any of it.
 */
import type { FwStatusTone } from '@fawang/ui';
import type { AnyDeclaredCaseDefinition } from '@fawang/workflow';
import { defineCaseUi, type CaseActionVariant, type CaseUi } from '../caseWords.js';

export interface DeclaredCaseLook {
  tones?: Record<string, FwStatusTone>;
  variants?: Record<string, CaseActionVariant>;
}

export function declaredCaseUi(definition: AnyDeclaredCaseDefinition, look: DeclaredCaseLook = {}): CaseUi {
  const { workflow, concluded, rateable, rated, staffActor } = definition;
  const actions = Object.entries(workflow.spec.actions);
  const tone = (state: string): FwStatusTone => {
    if (state === 'draft') return 'neutral';
    if (rateable.includes(state) || state === rated) return 'success';
    if (!concluded.includes(state)) return 'info';
    const reachedBy = actions.filter(([, action]) => action.to === state).flatMap(([, action]) => action.actors);
    return reachedBy.includes('applicant') ? 'neutral' : 'danger';
  };
  const tones = Object.fromEntries(workflow.spec.states.map((state) => [state, tone(state)]));
  const variants = Object.fromEntries(
    actions.flatMap(([name, action]): [string, CaseActionVariant][] => {
      if (!action.actors.includes(staffActor)) return [];
      const target = tones[action.to];
      return target === 'danger' ? [[name, 'danger']] : target === 'success' ? [[name, 'primary']] : [];
    }),
  );
  return defineCaseUi(workflow, { tones: { ...tones, ...look.tones }, variants: { ...variants, ...look.variants } });
}
