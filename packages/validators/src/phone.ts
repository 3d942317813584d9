/**
 * Telephone numbers as citizens type them on a mainland portal: an 11-digit mobile number
 * (1[3-9]xxxxxxxxx, optionally written with +86/0086 and spaces or hyphens) or a landline with its
 * 3–4 digit area code (010-12345678, 0833-1234567). Hotlines such as 12348 are service numbers, not
 * something a person registers, so they are not accepted here.
 */

export type PhoneKind = 'mobile' | 'landline';

export interface ParsedPhone {
  kind: PhoneKind;
  /** Digits only, without the country prefix (13812345678, 01012345678). */
  normalized: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
// Area codes: 010 and 02x are three digits; the rest (03xx–09xx) are four. Subscriber numbers 7–8 digits.
const LANDLINE = /^(?:0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;

/** Strips separators and a +86 / 0086 prefix; returns the bare digits or null when other characters remain. */
export function normalizePhone(input: string): string | null {
  let digits = input.trim().replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return /^\d+$/.test(digits) ? digits : null;
}

export function parsePhone(input: string): ParsedPhone | null {
  const normalized = normalizePhone(input);
  if (normalized === null) return null;
  if (MOBILE.test(normalized)) return { kind: 'mobile', normalized };
  if (LANDLINE.test(normalized)) return { kind: 'landline', normalized };
  return null;
}

export function isValidPhone(input: string, kinds: readonly PhoneKind[] = ['mobile', 'landline']): boolean {
  const parsed = parsePhone(input);
  return parsed !== null && kinds.includes(parsed.kind);
}
