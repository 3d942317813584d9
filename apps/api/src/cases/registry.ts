/**
 * The case modules the API serves, by module id: what the shared features (the document read rule,
 * rating, statistics, the audit log) need to know of a module without branching on it. A module with its
 * own paths adds its entry here and its routes in its own folder; a declared case module (ADR 0016) is
 * listed in `@fawang/workflow/declared-modules` and served by module-cases/.
 */
import type { AnyCaseDefinition, AnyDeclaredCaseDefinition } from '@fawang/workflow';
import { DECLARED_CASE_MODULES } from '@fawang/workflow/declared-modules';
import { legalAidCase } from '@fawang/workflow/legal-aid';
import { mediationCase } from '@fawang/workflow/mediation';

export interface CaseModule {
  readonly definition: AnyCaseDefinition;
  /** The audit log's subject type for one of its cases. */
  readonly subject: string;
  /** What an answer calls one of its cases ("Application not found"). */
  readonly noun: string;
}

export const legalAidCases = { definition: legalAidCase, subject: 'legal_aid_application', noun: 'Application' } as const satisfies CaseModule;
export const mediationCases = { definition: mediationCase, subject: 'mediation_case', noun: 'Mediation case' } as const satisfies CaseModule;

/** A declared case module, with its full definition (fields, staff actor, deadline defaults). */
export interface DeclaredCaseModule extends CaseModule {
  readonly definition: AnyDeclaredCaseDefinition;
}

const DECLARED: ReadonlyMap<string, DeclaredCaseModule> = new Map(
  DECLARED_CASE_MODULES.map((definition) => [definition.id, { definition, subject: `${definition.id.replaceAll('-', '_')}_case`, noun: 'Case' }]),
);

const MODULES: ReadonlyMap<string, CaseModule> = new Map([
  ...[legalAidCases, mediationCases].map((module): [string, CaseModule] => [module.definition.id, module]),
  ...DECLARED,
]);

/** The case module with this id, or undefined when the module files no cases. */
export function caseModule(id: string): CaseModule | undefined {
  return MODULES.get(id);
}

/** Every declared case module. */
export function declaredCaseModules(): DeclaredCaseModule[] {
  return [...DECLARED.values()];
}

/** The declared case module with this id, or undefined. */
export function declaredCaseModule(id: string): DeclaredCaseModule | undefined {
  return DECLARED.get(id);
}
