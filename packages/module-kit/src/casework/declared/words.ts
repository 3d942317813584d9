/**
 * A declared case module's words (ADR 0016): its messages in zh-CN and en, checked against its definition.
 * The statuses, action names and clock kinds are typed by the workflow, so a missing one fails the
 * typecheck; the field labels and choice words are checked when the module is defined (a definition's field
 * keys are plain strings), so a missing one fails the module's own tests. See README.md for every key.
 */
import type { ActionOf, ClockOf, DeclaredCaseDefinition, Workflow, WorkflowSpec } from '@fawang/workflow';
import type { CaseLocales, CaseWords } from '../caseWords.js';

/** `fields.<key>`: the label, an optional hint, and for a choice the words of each option. */
export interface DeclaredFieldWords {
  label: string;
  hint?: string;
  options?: Record<string, string>;
}

/** Every word a declared case module gives (per locale); the generic page words are the kit's. */
export type DeclaredCaseWords<W extends WorkflowSpec> = Omit<CaseWords<Workflow<W>>, 'actions'> & {
  title: string;
  nav: { directory: string; apply: string };
  cards: { directory: { title: string; description: string }; apply: { title: string; description: string } };
  directory: { title: string; intro: string; caption: string };
  workbench: { queue: { title: string; description: string } };
  account: { cases: string };
  actions: CaseWords<Workflow<W>>['actions'] & {
    /** The reason's label in an action's dialog (不予受理的理由); the kit's 理由 when absent. */
    reasons?: Partial<Record<ActionOf<W>, string>>;
  };
  fields: Record<string, DeclaredFieldWords>;
  deadlineKinds: Record<ClockOf<W>, string>;
  /** The intake page: its h1 (申请法律咨询) and a line under it. */
  apply: { title: string; intro: string };
  /** The applicant's tracking page h1 (法律咨询办理进度). */
  track: { title: string };
  /** 好差评 of a concluded case: the heading naming the service and a line under it. */
  rating: { heading: string; intro: string };
};

type AnyDeclared = Pick<DeclaredCaseDefinition<string, WorkflowSpec>, 'id' | 'fields'>;

/** The words a definition's fields need that `messages` lacks, as `<locale>:fields.<key>.…`. */
export function missingFieldWords(definition: AnyDeclared, messages: Partial<Record<string, { fields?: Record<string, DeclaredFieldWords | undefined> }>>): string[] {
  const missing: string[] = [];
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  for (const [locale, words] of Object.entries(messages)) {
    for (const field of definition.fields) {
      const own = words?.fields?.[field.key];
      if (blank(own?.label)) missing.push(`${locale}:fields.${field.key}.label`);
      for (const option of field.options ?? []) if (blank(own?.options?.[option])) missing.push(`${locale}:fields.${field.key}.options.${option}`);
    }
  }
  return missing;
}

/**
 * A declared module's messages, checked to hold its words in zh-CN and en (typed by the workflow; fields and
 * options at definition time); returned as given.
 */
export function defineDeclaredCaseWords<const Id extends string, W extends WorkflowSpec, const M extends Record<CaseLocales, DeclaredCaseWords<W>>>(
  definition: DeclaredCaseDefinition<Id, W>,
  messages: M,
): M {
  const missing = missingFieldWords(definition as unknown as AnyDeclared, messages as unknown as Record<string, { fields?: Record<string, DeclaredFieldWords> }>);
  if (missing.length) throw new Error(`case module ${definition.id}: no words for ${missing.join(', ')}`);
  return messages;
}
