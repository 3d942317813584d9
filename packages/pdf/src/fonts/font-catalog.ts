// Locates the Noto Sans SC subsets shipped by @fontsource/noto-sans-sc and loads them on demand.
// Everything is read from node_modules: no network at run time and no dependency on fonts installed on the host.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { type FontSubset, parseUnicodeRangeCss, rangesContain } from './unicode-range.js';
import { woffToSfnt } from './woff.js';

/** The weights the renderer uses: body text and headings. */
export type FontWeight = 400 | 700;

export const FONT_WEIGHTS: readonly FontWeight[] = [400, 700];

const require = createRequire(import.meta.url);

/** The subsets of one weight, in CSS order, with a per-code-point lookup cache. */
export class SubsetCatalog {
  private readonly lookup = new Map<number, FontSubset | null>();

  constructor(
    readonly weight: FontWeight,
    readonly subsets: readonly FontSubset[],
    private readonly cssDirectory: string,
  ) {}

  /** The first subset (in CSS order) whose unicode-range contains the code point. */
  subsetFor(codePoint: number): FontSubset | undefined {
    let subset = this.lookup.get(codePoint);
    if (subset === undefined) {
      subset = this.subsets.find((candidate) => rangesContain(candidate.ranges, codePoint)) ?? null;
      this.lookup.set(codePoint, subset);
    }
    return subset ?? undefined;
  }

  filePath(subset: FontSubset): string {
    return resolve(this.cssDirectory, subset.file);
  }
}

const catalogs = new Map<FontWeight, SubsetCatalog>();

/** The parsed unicode-range map of a weight; parsed once per process. */
export function subsetCatalog(weight: FontWeight): SubsetCatalog {
  let catalog = catalogs.get(weight);
  if (!catalog) {
    const cssPath = require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
    catalog = new SubsetCatalog(weight, parseUnicodeRangeCss(readFileSync(cssPath, 'utf8')), dirname(cssPath));
    catalogs.set(weight, catalog);
  }
  return catalog;
}

const buffers = new Map<string, Buffer>();

/**
 * A subset as an unpacked sfnt font, read and unpacked on first use and shared by all later documents
 * of the process. Reading synchronously lets the renderer load a subset at the moment a character needs it; each file
 * (20–100 KB) is read once per process, so the blocking cost is paid only while the cache warms up.
 */
export function loadSubsetFile(catalog: SubsetCatalog, subset: FontSubset): Buffer {
  const path = catalog.filePath(subset);
  let buffer = buffers.get(path);
  if (!buffer) {
    buffer = woffToSfnt(readFileSync(path));
    buffers.set(path, buffer);
  }
  return buffer;
}
