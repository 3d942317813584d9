/**
 * A declared module's intake form as data: its model, the rules of each field (the server's own
 * `fieldProblem`, so the form refuses exactly what the server would), the request body (`checkCaseFields`'
 * trimmed values), where a 400's field paths belong, and a filed value in words.
 */
import type { Schemas } from '@fawang/contract';
import type { FwRule, FwRules } from '@fawang/ui';
import { checkCaseFields, fieldMaxLength, fieldProblem, type CaseField } from '@fawang/workflow';
import { formatCaseDay } from '../dates.js';
import { emptyUploads, storedFileIds, type CaseUploads } from '../uploads.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The kinds of document a declared filing takes. */
export const DECLARED_DOCUMENT_KINDS = ['case_material', 'other'] as const satisfies readonly Schemas['DocumentKind'][];
export type DeclaredDocumentKind = (typeof DECLARED_DOCUMENT_KINDS)[number];

export interface DeclaredIntakeModel {
  organizationId: string;
  /** The declared fields by key, as typed ('' when empty). */
  fields: Record<string, string>;
  uploads: CaseUploads<DeclaredDocumentKind>;
}

export function emptyDeclaredIntake(fields: readonly CaseField[]): DeclaredIntakeModel {
  return { organizationId: '', fields: Object.fromEntries(fields.map((field) => [field.key, ''])), uploads: emptyUploads(DECLARED_DOCUMENT_KINDS) };
}

/** The form's name of a field: `fields.<key>`, the path of its value in the model. */
export const fieldName = (key: string) => `fields.${key}`;

/**
 * The rules of the form: the organization is required, and each field is checked with the server's
 * `fieldProblem`; the message names the field (`t` is the module's, `kit` the kit's words).
 */
export function declaredIntakeRules(fields: readonly CaseField[], t: Translate, kit: Translate): FwRules {
  const rules: FwRules = {
    organizationId: [Object.assign((value: unknown) => (typeof value === 'string' && value !== '' ? true : kit('declared.problems.organization')), { fwRequired: true })],
  };
  for (const field of fields) {
    const rule = (value: unknown) => {
      const problem = fieldProblem(field, typeof value === 'string' ? value.trim() : '');
      if (!problem) return true;
      const label = t(`fields.${field.key}.label`);
      const code = problem.code === 'required' && field.kind === 'choice' ? 'choose' : problem.code;
      return kit(`declared.problems.${code}`, { label, max: fieldMaxLength(field) });
    };
    rules[fieldName(field.key)] = [Object.assign(rule, { fwRequired: field.required === true }) as FwRule];
  }
  return rules;
}

/** The filing as the contract takes it: trimmed values, blanks left out, the finished uploads. */
export function declaredIntakeBody(model: DeclaredIntakeModel, fields: readonly CaseField[], regionId: string): Schemas['ModuleCaseInput'] {
  const { values } = checkCaseFields(fields, model.fields);
  const documentIds = storedFileIds(model.uploads, DECLARED_DOCUMENT_KINDS);
  return { regionId, organizationId: model.organizationId, fields: values, ...(documentIds.length ? { documentIds } : {}) };
}

/** The form field of an API error path (`fields.subject`, `organizationId`), or undefined. */
export function declaredIntakeField(fields: readonly CaseField[], path: string): string | undefined {
  if (path === 'organizationId') return path;
  const key = /^fields\.([a-zA-Z0-9]+)$/.exec(path)?.[1];
  return key && fields.some((field) => field.key === key) ? fieldName(key) : undefined;
}

/** A filed value in words: a choice by its option's words, a date in the page's format, the rest as sent. */
export function fieldText(field: CaseField, value: string, t: Translate, locale: string): string {
  if (field.kind === 'choice') return t(`fields.${field.key}.options.${value}`);
  if (field.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCaseDay(value, locale);
  return value;
}
