/**
 * The case modules the API serves, by module id: what the shared features (the document read rule,
 * rating, statistics, the audit log) need to know of a module without branching on it. A new case module
 * adds its entry here and its routes in its own folder.
 */
import type { AnyCaseDefinition } from '@fawang/workflow';
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

const MODULES: ReadonlyMap<string, CaseModule> = new Map([legalAidCases, mediationCases].map((module) => [module.definition.id, module]));

/** The case module with this id, or undefined when the module files no cases. */
export function caseModule(id: string): CaseModule | undefined {
  return MODULES.get(id);
}
