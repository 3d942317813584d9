/**
 * The seeder's only source of randomness: one seeded Faker, so that the same seed always yields the same
 * database (tests compare two fresh seeds). Nothing here may call Math.random or read the clock.
 */
import { Faker, base, en, zh_CN } from '@faker-js/faker';
import { usccCheckChar } from '@fawang/validators/ids';
import { AREA_CODES, byLongestPrefix } from './places.js';

/** "Today" for every derived date, so that a seed made next year still looks the same. */
export const REFERENCE_DATE = new Date('2026-11-01T00:00:00+08:00');
export const REFERENCE_YEAR = 2026;

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
];

export class Random {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [zh_CN, en, base] });
    this.faker.seed(seed);
  }

  /** Uniform in [0, 1). */
  unit(): number {
    return this.faker.number.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.unit() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.unit() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.unit() * items.length)]!;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.unit() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Up to `count` distinct values, each draw weighted among those not drawn yet. */
  weightedDistinct<T>(entries: readonly (readonly [T, number])[], count: number): T[] {
    const left = [...entries];
    const result: T[] = [];
    while (result.length < count && left.length > 0) {
      const value = this.weighted(left);
      result.push(value);
      left.splice(
        left.findIndex(([v]) => v === value),
        1,
      );
    }
    return result;
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(this.unit() * 10);
    return out;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += Math.floor(this.unit() * 16).toString(16).toUpperCase();
    return out;
  }

  uuid(): string {
    return this.faker.string.uuid();
  }

  mobile(): string {
    return this.pick(MOBILE_PREFIXES) + this.digits(8);
  }

  /** A landline in the local format (e.g. 0833-2123456), or a mobile where no area code is known. */
  landline(divisionCode: string): string {
    const area = byLongestPrefix(AREA_CODES, divisionCode);
    if (!area) return this.mobile();
    return `${area.code}-${this.pick([...area.firstDigits])}${this.digits(area.subscriberDigits - 1)}`;
  }

  /** A date (YYYY-MM-DD) between two ISO dates, inclusive. */
  dateBetween(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
    return new Date(start + this.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  }
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 organisation code: 8 characters plus their MOD 11 check character (0–9 or X). */
function organisationCode(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i]!, 36) * ORG_CODE_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * 统一社会信用代码 (GB 32100): authority and type (e.g. 31 = 司法行政/律师事务所, 12 = 机构编制/事业单位),
 * the registering division, a GB 11714 organisation code and the check character.
 */
export function makeUscc(random: Random, authorityAndType: string, divisionCode: string, taken: Set<string>): string {
  for (;;) {
    // Law firms' organisation codes look like E0001789…, public institutions' like MB1234567.
    const body = authorityAndType === '31' ? `E${random.digits(7)}` : authorityAndType.startsWith('1') ? `MB${random.digits(6)}` : random.digits(8);
    const first17 = `${authorityAndType}${divisionCode.slice(0, 6)}${organisationCode(body)}`;
    const uscc = first17 + usccCheckChar(first17)!;
    if (!taken.has(uscc)) {
      taken.add(uscc);
      return uscc;
    }
  }
}
