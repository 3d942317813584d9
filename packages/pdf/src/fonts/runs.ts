// Splits text into runs that each use one font: a Noto Sans SC subset, or Helvetica for ASCII that no
// subset covers. pdfkit draws a run with a single font, so a character in the wrong subset would come
// out as a blank .notdef glyph; this module is what prevents that.
import { UnsupportedCharacterError } from '../errors.js';
import type { FontWeight, SubsetCatalog } from './font-catalog.js';
import { type FontSubset, rangesContain } from './unicode-range.js';

/** A font the renderer can draw with. */
export type FontChoice =
  | { readonly kind: 'noto'; readonly weight: FontWeight; readonly subset: FontSubset }
  | { readonly kind: 'helvetica'; readonly weight: FontWeight };

export interface TextRun {
  readonly font: FontChoice;
  readonly text: string;
}

/** The pdfkit font name of a choice: unique per weight and subset, stable across documents. */
export function fontKey(font: FontChoice): string {
  if (font.kind === 'helvetica') return font.weight === 700 ? 'Helvetica-Bold' : 'Helvetica';
  return `NotoSansSC-${font.weight}-${font.subset.id}`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]$/;

function covers(font: FontChoice, codePoint: number, character: string): boolean {
  if (font.kind === 'helvetica') return PRINTABLE_ASCII.test(character);
  return rangesContain(font.subset.ranges, codePoint);
}

/**
 * The font for each character. The previous character's font is kept while it covers the next one
 * (digits and punctuation live in several subsets), which keeps runs long and the number of embedded fonts low.
 */
export function chooseFonts(text: string, catalog: SubsetCatalog, field?: string): FontChoice[] {
  const { weight } = catalog;
  const choices: FontChoice[] = [];
  let previous: FontChoice | undefined;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    let choice: FontChoice | undefined = previous && covers(previous, codePoint, character) ? previous : undefined;
    if (!choice) {
      const subset = catalog.subsetFor(codePoint);
      if (subset) choice = { kind: 'noto', weight, subset };
      else if (PRINTABLE_ASCII.test(character)) choice = { kind: 'helvetica', weight };
      else throw new UnsupportedCharacterError(character, field);
    }
    choices.push(choice);
    previous = choice;
  }
  return choices;
}

/** Groups characters into maximal runs of one font. */
export function splitRuns(text: string, catalog: SubsetCatalog, field?: string): TextRun[] {
  const characters = Array.from(text);
  const choices = chooseFonts(text, catalog, field);
  const runs: TextRun[] = [];
  let start = 0;
  for (let index = 1; index <= characters.length; index++) {
    if (index === characters.length || fontKey(choices[index] as FontChoice) !== fontKey(choices[start] as FontChoice)) {
      runs.push({ font: choices[start] as FontChoice, text: characters.slice(start, index).join('') });
      start = index;
    }
  }
  return runs;
}
