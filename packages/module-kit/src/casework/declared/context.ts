/**
 * What a declared module's pages share: its definition (widened with `anyDeclared`), its look, its SDK hooks
 * on the kernel's `/modules/{module}/cases`, and the filed statuses. A page provides it, its pieces inject it.
 */
import { inject, provide } from 'vue';
import { declaredCaseHooks } from '@fawang/sdk';
import type { AnyDeclaredCaseDefinition } from '@fawang/workflow';
import type { CaseUi } from '../caseWords.js';
import { declaredCaseUi, type DeclaredCaseLook } from './ui.js';

export interface DeclaredCase {
  definition: AnyDeclaredCaseDefinition;
  ui: CaseUi;
  hooks: ReturnType<typeof declaredCaseHooks<string>>;
  /** The statuses a filed case can have (a draft never reaches a list). */
  filedStatuses: readonly string[];
}

/** The props the module definition gives every declared page. */
export interface DeclaredPageProps {
  definition: AnyDeclaredCaseDefinition;
  look?: DeclaredCaseLook;
}

const KEY = 'fawang:declared-case';

export function provideDeclaredCase(props: DeclaredPageProps): DeclaredCase {
  const declared: DeclaredCase = {
    definition: props.definition,
    ui: declaredCaseUi(props.definition, props.look),
    hooks: declaredCaseHooks(props.definition.id),
    filedStatuses: props.definition.workflow.spec.states.filter((state) => state !== 'draft'),
  };
  provide(KEY, declared);
  return declared;
}

export function useDeclaredCase(): DeclaredCase {
  const declared = inject<DeclaredCase | undefined>(KEY, undefined);
  if (!declared) throw new Error('No declared case module: render this piece inside a declared module page');
  return declared;
}
