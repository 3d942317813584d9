// Parses the @font-face blocks of a fontsource CSS file (e.g. `400.css`) into subsets: which font file
// covers which code points. Fontsource splits Noto Sans SC into ~100 unicode-range subsets so that a
// document only needs the few files whose ranges contain its characters.
//
// We take the WOFF (1.0) source of each face, not the WOFF2 one: fontkit 2.0.4 reads WOFF2 but its
// subsetter writes broken glyph outlines for WOFF2 input (the text still extracts, yet every glyph
// renders as a stray stroke). WOFF 1.0 carries the same glyphs and subsets correctly.

/** An inclusive range of code points. */
export interface CodePointRange {
  readonly from: number;
  readonly to: number;
}

/** One @font-face of the CSS: a WOFF file and the code points it covers. */
export interface FontSubset {
  /** The subset name from the file name: `119` for `noto-sans-sc-119-400-normal.woff`, or `latin-ext`. */
  readonly id: string;
  /** The WOFF path relative to the CSS file, e.g. `./files/noto-sans-sc-119-400-normal.woff`. */
  readonly file: string;
  /** Sorted, non-overlapping ranges. */
  readonly ranges: readonly CodePointRange[];
}

const FACE_PATTERN = /@font-face\s*{([^}]*)}/g;
const WOFF_PATTERN = /url\(([^)]+\.woff)\)\s*format\(['"]woff['"]\)/;
const RANGE_PATTERN = /unicode-range:\s*([^;]+);/;
const SUBSET_ID_PATTERN = /noto-sans-sc-([a-z0-9-]+)-\d{3}-normal\.woff$/;

export function parseUnicodeRangeCss(css: string): FontSubset[] {
  const subsets: FontSubset[] = [];
  for (const match of css.matchAll(FACE_PATTERN)) {
    const body = match[1] ?? '';
    const file = WOFF_PATTERN.exec(body)?.[1];
    const range = RANGE_PATTERN.exec(body)?.[1];
    // A face without a WOFF source or a range cannot be selected per character; fontsource always has both.
    if (!file || !range) continue;
    const id = SUBSET_ID_PATTERN.exec(file)?.[1] ?? file;
    subsets.push({ id, file, ranges: parseRangeList(range) });
  }
  return subsets;
}

/** Parses `U+20-22,U+27,U+4??` into sorted ranges (the `?` wildcard form is part of the CSS syntax). */
export function parseRangeList(list: string): CodePointRange[] {
  const ranges = list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(parseRange);
  return ranges.sort((a, b) => a.from - b.from);
}

function parseRange(part: string): CodePointRange {
  const body = part.replace(/^U\+/i, '');
  if (body.includes('?')) {
    return { from: parseHex(body.replaceAll('?', '0'), part), to: parseHex(body.replaceAll('?', 'f'), part) };
  }
  const [from, to] = body.split('-');
  const start = parseHex(from ?? '', part);
  return { from: start, to: to === undefined ? start : parseHex(to, part) };
}

function parseHex(hex: string, part: string): number {
  if (!/^[0-9a-f]{1,6}$/i.test(hex)) throw new Error(`Invalid unicode-range entry "${part}"`);
  return Number.parseInt(hex, 16);
}

/** Binary search over sorted ranges. */
export function rangesContain(ranges: readonly CodePointRange[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as CodePointRange;
    if (codePoint < range.from) high = middle - 1;
    else if (codePoint > range.to) low = middle + 1;
    else return true;
  }
  return false;
}
