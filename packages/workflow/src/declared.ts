/**
 * Declared case modules (ADR 0016): a case module whose filing is a set of declared fields — a consultation
 * booking, a certificate request — and whose actions need nothing but a reason runs entirely on the case
 * kernel's endpoints (`/modules/{module}/cases`). Its definition adds to the case definition the kind of
 * organization that handles it, the actor its staff act as, the deadline defaults of its clocks, and its
 * fields. The server checks a filing with `checkCaseFields`; the module's intake form is drawn from the
 * same fields, so the two cannot disagree. Field labels and choice words are the module's messages.
 */
import { ORGANIZATION_TYPES, type OrganizationType } from '@fawang/contract';
import { defineCase, type CaseDefinition } from './case.js';
import type { ActorOf, DaysKeyOf, DeadlineRules, WorkflowSpec } from './workflow.js';

/** text: one line; longtext: paragraphs; date: YYYY-MM-DD; phone: a mainland mobile or landline number; choice: one of `options`. */
export type CaseFieldKind = 'text' | 'longtext' | 'date' | 'phone' | 'choice';

export interface CaseField {
  /** camelCase, as in `fields.<key>` of the filing and the module's messages. */
  readonly key: string;
  readonly kind: CaseFieldKind;
  readonly required?: boolean;
  /** At most this many characters (default: 100 for text, 2000 for longtext). */
  readonly maxLength?: number;
  /** choice: the values, lower_snake_case; their words are the module's messages. */
  readonly options?: readonly string[];
  /** Personal data (an ID number, an address): masked for staff. A phone always is. */
  readonly personal?: boolean;
  /** A plausible value, for the demo data and the tests. */
  readonly sample: string;
}

export interface DeclaredCaseDefinition<Id extends string = string, W extends WorkflowSpec = WorkflowSpec> extends CaseDefinition<Id, W> {
  /** The organizations that handle its cases; the applicant chooses one of the region's. */
  readonly organizationType: OrganizationType;
  /** The workflow actor the module's staff act as (the other actor is the applicant). */
  readonly staffActor: ActorOf<W>;
  /**
   * The days of each clock and how they are counted: the defaults of the law or the service commitment; a
   * region overrides them in `modules.<id>.config.deadlines` (`deadlineRulesFor`).
   */
  readonly deadlines: DeadlineRules<DaysKeyOf<W>>;
  readonly fields: readonly CaseField[];
}

/**
 * A declared definition as code that serves every declared module reads it (the kernel's endpoints): a
 * workflow's literal types make `Workflow` invariant, so `anyDeclared` widens a definition to this.
 */
export type AnyDeclaredCaseDefinition = DeclaredCaseDefinition<string, WorkflowSpec> & { readonly deadlines: DeadlineRules<string> };

export function anyDeclared<Id extends string, W extends WorkflowSpec>(definition: DeclaredCaseDefinition<Id, W>): AnyDeclaredCaseDefinition {
  return definition as unknown as AnyDeclaredCaseDefinition;
}

const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,31}$/;
const OPTION = /^[a-z][a-z0-9_]{0,31}$/;
const DEFAULT_MAX: Record<CaseFieldKind, number> = { text: 100, longtext: 2000, date: 10, phone: 20, choice: 32 };
/** Inputs the kernel's transition endpoint takes besides the action and version. */
const TRANSITION_INPUTS = ['reason'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A mainland mobile number, or a landline with its area code (010-12345678). */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function fieldMaxLength(field: CaseField): number {
  return field.maxLength ?? DEFAULT_MAX[field.kind];
}

export type FieldProblemCode = 'required' | 'too_long' | 'not_a_date' | 'not_a_phone' | 'not_an_option' | 'unknown_field';

export interface FieldProblem {
  readonly key: string;
  readonly code: FieldProblemCode;
  readonly message: string;
}

/** The problem with one value of a field ('' is absent), or null. */
export function fieldProblem(field: CaseField, value: string): FieldProblem | null {
  const problem = (code: FieldProblemCode, message: string) => ({ key: field.key, code, message });
  if (value === '') return field.required ? problem('required', 'is required') : null;
  if (value.length > fieldMaxLength(field)) return problem('too_long', `is longer than ${fieldMaxLength(field)} characters`);
  if (field.kind === 'date' && !isDate(value)) return problem('not_a_date', 'is not a date (YYYY-MM-DD)');
  if (field.kind === 'phone' && !PHONE.test(value)) return problem('not_a_phone', 'is not a mobile number or a landline with its area code');
  if (field.kind === 'choice' && !field.options?.includes(value)) return problem('not_an_option', `is not one of ${field.options?.join(', ')}`);
  return null;
}

/**
 * A filing's values checked against the fields: trimmed, blanks dropped, every problem listed (a required
 * field missing, too long, not a date, phone or option, a key the module does not declare).
 */
export function checkCaseFields(fields: readonly CaseField[], values: Readonly<Record<string, string>>): { values: Record<string, string>; problems: FieldProblem[] } {
  const declared = new Set(fields.map((f) => f.key));
  const problems: FieldProblem[] = Object.keys(values)
    .filter((key) => !declared.has(key))
    .map((key) => ({ key, code: 'unknown_field', message: 'is not a field of this module' }));
  const checked: Record<string, string> = {};
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    const problem = fieldProblem(field, value);
    if (problem) problems.push(problem);
    else if (value !== '') checked[field.key] = value;
  }
  return { values: checked, problems };
}

/** Whether staff see the field masked. */
export function isPersonalField(field: CaseField): boolean {
  return field.kind === 'phone' || field.personal === true;
}

const DAY_COUNTINGS = ['working', 'calendar'];
/** A region's time limit: at least a day, at most a year. */
const MAX_DAYS = 365;

export interface DeadlineOverrideProblem {
  /** Under `modules.<id>.config.deadlines`: `dayCounting` or a days key (`answerWithinDays`). */
  readonly key: string;
  readonly message: string;
}

/**
 * What is wrong with a region's override of a declared module's deadline defaults
 * (`modules.<id>.config.deadlines`): an object holding some of the definition's keys — `dayCounting`
 * (working or calendar) and each clock's days (a whole number from 1 to 365). Absent is fine.
 */
export function deadlineOverrideProblems(definition: { readonly deadlines: object }, override: unknown): DeadlineOverrideProblem[] {
  if (override === undefined) return [];
  if (typeof override !== 'object' || override === null || Array.isArray(override)) return [{ key: '', message: 'expected an object of time limits' }];
  const problems: DeadlineOverrideProblem[] = [];
  for (const [key, value] of Object.entries(override)) {
    if (key === 'dayCounting') {
      if (!DAY_COUNTINGS.includes(value as string)) problems.push({ key, message: `expected ${DAY_COUNTINGS.join(' or ')}` });
    } else if (!(key in definition.deadlines)) {
      problems.push({ key, message: `not a time limit of this module (${Object.keys(definition.deadlines).filter((k) => k !== 'dayCounting').join(', ')})` });
    } else if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_DAYS) {
      problems.push({ key, message: `expected a whole number of days from 1 to ${MAX_DAYS}` });
    }
  }
  return problems;
}

/** The deadline rules a region applies: the definition's defaults with the region's override; a bad override throws. */
export function deadlineRulesFor(definition: { readonly id: string; readonly deadlines: object }, override?: unknown): DeadlineRules<string> {
  const problems = deadlineOverrideProblems(definition, override);
  if (problems.length) throw new Error(`modules.${definition.id}.config.deadlines: ${problems.map((p) => (p.key ? `${p.key}: ${p.message}` : p.message)).join('; ')}`);
  return { ...definition.deadlines, ...(override as object | undefined) } as DeadlineRules<string>;
}

/**
 * `defineCase` plus what the kernel's endpoints rely on: the applicant files (submit from draft) and the
 * staff actor is the only other actor; actions require nothing but a reason; the fields are well formed;
 * every clock has its days.
 */
export function declareCaseModule<const Id extends string, W extends WorkflowSpec>(definition: DeclaredCaseDefinition<Id, W>): DeclaredCaseDefinition<Id, W> {
  const { id, workflow, staffActor, organizationType, fields, deadlines } = definition;
  const problems: string[] = [];
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(organizationType)) problems.push(`organization type ${organizationType} is not a contract type`);
  const submit = workflow.spec.actions['submit'];
  if (!submit || !submit.from.includes('draft') || !submit.actors.includes('applicant')) problems.push('the applicant must file it with submit from draft');
  for (const [name, action] of Object.entries(workflow.spec.actions)) {
    for (const actor of action.actors) {
      if (actor !== 'applicant' && actor !== staffActor) problems.push(`action ${name}: actor ${actor} is neither the applicant nor ${staffActor}`);
    }
    for (const input of action.requires ?? []) {
      if (!TRANSITION_INPUTS.includes(input)) problems.push(`action ${name} requires ${input}, which the kernel's transition does not take`);
    }
    for (const start of action.starts ?? []) {
      if (typeof (deadlines as Record<string, unknown>)[start.days] !== 'number') problems.push(`no deadline default for ${start.days}`);
    }
  }
  const keys = new Set<string>();
  for (const field of fields) {
    if (!FIELD_KEY.test(field.key)) problems.push(`field key ${field.key} is not camelCase`);
    if (keys.has(field.key)) problems.push(`field ${field.key} is declared twice`);
    keys.add(field.key);
    if (field.kind === 'choice' && !(field.options?.length && field.options.every((o) => OPTION.test(o)))) problems.push(`choice field ${field.key} needs lower_snake_case options`);
    if (field.kind !== 'choice' && field.options) problems.push(`field ${field.key} has options but is not a choice`);
    const sample = fieldProblem(field, field.sample);
    if (sample) problems.push(`field ${field.key}: the sample ${sample.message}`);
  }
  if (fields.length === 0 || fields.length > 30) problems.push('declare 1–30 fields');
  if (problems.length) throw new Error(`case module ${id}: ${problems.join('; ')}`);
  return defineCase(definition) as DeclaredCaseDefinition<Id, W>;
}
