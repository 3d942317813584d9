/**
 * 居民身份证号码 (resident identity number) checks per GB 11643-1999.
 *
 * Layout: 6-digit address code (GB/T 2260) + 8-digit birth date (YYYYMMDD) + 3-digit sequence
 * (odd for men, even for women) + 1 check character computed with ISO 7064 MOD 11-2.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** First two digits of GB/T 2260 province-level codes, plus 71/81/82 for Taiwan, Hong Kong, Macao. */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export type ResidentIdError = 'format' | 'region' | 'birthDate' | 'checksum';

export interface ResidentIdInfo {
  /** The number with a lower-case x normalised to X. */
  normalized: string;
  /** GB/T 2260 address code of the place of first registration. */
  divisionCode: string;
  /** ISO date, e.g. 1990-03-07. */
  birthDate: string;
  sex: 'male' | 'female';
}

export type ResidentIdResult = { valid: true; info: ResidentIdInfo } | { valid: false; error: ResidentIdError };

/** Computes the 18th character from the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validates an 18-digit resident ID. `today` bounds the birth date (no one is born in the future);
 * pass it explicitly in tests.
 */
export function parseResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, error: 'format' };
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) return { valid: false, error: 'region' };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) return { valid: false, error: 'birthDate' };
  const birth = Date.UTC(y, m - 1, d);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (birth > todayUtc) return { valid: false, error: 'birthDate' };
  if (residentIdCheckChar(value) !== value[17]) return { valid: false, error: 'checksum' };
  return {
    valid: true,
    info: {
      normalized: value,
      divisionCode: value.slice(0, 6),
      birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
      sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

export function isValidResidentId(input: string, today?: Date): boolean {
  return parseResidentId(input, today).valid;
}
