import { parseResidentId, parseUscc } from '@fawang/validators/ids';
import { parsePhone, type PhoneKind } from '@fawang/validators/phone';

/**
 * Validation rules for FwForm. A rule gets the field's value and the whole model and returns `true`
 * when the value is acceptable, or a message: an i18n key with parameters (translated when shown, so
 * a language switch re-translates it) or a ready string (e.g. a message the page already translated).
 *
 * Every rule except `required()` accepts an empty value, so optional fields stay optional.
 */
export type FwRuleMessage = { key: string; params?: Record<string, unknown> } | string;
export type FwRuleResult = true | FwRuleMessage;
export type FwRule = ((value: unknown, model: Record<string, unknown>) => FwRuleResult) & {
  /** Set by `required()` so FwFormField can show "（必填）" without being told twice. */
  readonly fwRequired?: boolean;
};
export type FwRules = Record<string, FwRule[]>;

const K = 'fw.forms.rules';

/** Empty means: undefined, null, a blank string, an empty array, or false (an unticked consent box). */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Length in characters as a person counts them (a CJK character or an emoji is one). */
function charCount(value: string): number {
  return Array.from(value).length;
}

export function required(message?: FwRuleMessage): FwRule {
  const rule = (value: unknown): FwRuleResult => (isEmptyValue(value) ? (message ?? { key: `${K}.required` }) : true);
  return Object.assign(rule, { fwRequired: true });
}

export function minLength(min: number, message?: FwRuleMessage): FwRule {
  return (value) => {
    const v = text(value);
    if (v === '' || charCount(v) >= min) return true;
    return message ?? { key: `${K}.minLength`, params: { min } };
  };
}

export function maxLength(max: number, message?: FwRuleMessage): FwRule {
  return (value) => {
    const v = text(value);
    if (charCount(v) <= max) return true;
    return message ?? { key: `${K}.maxLength`, params: { max } };
  };
}

/** `key` is an i18n key of a message that says what the format is (e.g. the host's "邮政编码为 6 位数字"). */
export function pattern(re: RegExp, key?: string): FwRule {
  return (value) => {
    const v = text(value);
    if (v === '') return true;
    re.lastIndex = 0;
    if (re.test(v)) return true;
    return { key: key ?? `${K}.pattern` };
  };
}

/**
 * Why a 居民身份证号码 is not valid, finer than the validators package says it: wrong length and wrong
 * characters get different messages, and a birth date that exists but lies in the future is told
 * apart from one that does not exist (20230230).
 */
export type ResidentIdProblem = 'length' | 'characters' | 'region' | 'birthDateInvalid' | 'birthDateFuture' | 'checksum';

export function normalizeResidentIdInput(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function residentIdProblem(input: string, today?: Date): ResidentIdProblem | null {
  const value = normalizeResidentIdInput(input);
  const result = parseResidentId(value, today);
  if (result.valid) return null;
  switch (result.error) {
    case 'format':
      return value.length !== 18 ? 'length' : 'characters';
    case 'region':
      return 'region';
    case 'checksum':
      return 'checksum';
    case 'birthDate': {
      const y = Number(value.slice(6, 10));
      const m = Number(value.slice(10, 12));
      const d = Number(value.slice(12, 14));
      const date = new Date(Date.UTC(y, m - 1, d));
      const real = y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      return real ? 'birthDateFuture' : 'birthDateInvalid';
    }
  }
}

export function residentIdMessage(input: string, problem: ResidentIdProblem): FwRuleMessage {
  return { key: `${K}.residentId.${problem}`, params: { count: charCount(normalizeResidentIdInput(input)) } };
}

/** 居民身份证号码 (GB 11643): length, characters, province, birth date and check digit. */
export function residentId(options: { today?: Date } = {}): FwRule {
  return (value) => {
    const v = text(value);
    if (v.trim() === '') return true;
    const problem = residentIdProblem(v, options.today);
    return problem ? residentIdMessage(v, problem) : true;
  };
}

/** The message key for a phone number that does not parse as one of `kinds`, or null when it does. */
export function phoneProblem(input: string, kinds: readonly PhoneKind[] = ['mobile', 'landline']): FwRuleMessage | null {
  const parsed = parsePhone(input);
  if (parsed && kinds.includes(parsed.kind)) return null;
  const which = kinds.length === 1 ? kinds[0]! : 'any';
  return { key: `${K}.phone.${which}` };
}

/** A mobile (1[3-9]…, 11 digits) or landline (area code + number) number; `kinds` narrows it. */
export function phone(kinds: readonly PhoneKind[] = ['mobile', 'landline']): FwRule {
  return (value) => {
    const v = text(value);
    if (v.trim() === '') return true;
    return phoneProblem(v, kinds) ?? true;
  };
}

/** 统一社会信用代码 (GB 32100): alphabet, registration authority and organisation type, check digit. */
export function uscc(): FwRule {
  return (value) => {
    const v = text(value);
    if (v.trim() === '') return true;
    const result = parseUscc(v);
    return result.valid ? true : { key: `${K}.uscc.${result.error}` };
  };
}

/** Reads a dotted path ('applicant.idNumber', 'parties.0.name') from the model. */
export function getPath(model: unknown, path: string): unknown {
  let node: unknown = model;
  for (const part of path.split('.')) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Runs a field's rules in order and returns the first message, or null when all pass. */
export function runRules(rules: readonly FwRule[] | undefined, value: unknown, model: Record<string, unknown>): FwRuleMessage | null {
  for (const rule of rules ?? []) {
    const result = rule(value, model);
    if (result !== true) return result;
  }
  return null;
}

export type FwTranslate = (key: string, params: Record<string, unknown>) => string;

/** Turns a rule's message into text in the current language. */
export function translateRuleMessage(message: FwRuleMessage, t: FwTranslate): string {
  return typeof message === 'string' ? message : t(message.key, message.params ?? {});
}
