// Line breaking for mixed Chinese/Latin text whose characters come from different fonts.
// We break lines ourselves instead of relying on pdfkit's `continued: true` wrapping: pdfkit wraps each
// continued fragment on its own and only knows the width of the current font, while a Chinese sentence
// here switches font (subset) every few characters. Measuring every run with its own font and emitting
// finished lines keeps wrapping, alignment and page breaks exact.
import { type FontChoice, fontKey, type TextRun } from '../fonts/runs.js';

/** A character with the font chosen for it. */
export interface StyledChar {
  readonly char: string;
  readonly font: FontChoice;
}

export interface Line {
  readonly runs: readonly TextRun[];
  readonly width: number;
}

/** Measures a run in points at the current font size. */
export type MeasureRun = (run: TextRun) => number;

/** Characters that must not start a line (行首禁则): closing punctuation and Latin stops. */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》〉」』】〕〗”’…—·％,.;:?!)]}%'));
/** Characters that must not end a line (行尾禁则): opening brackets, quotes and currency signs. */
const NO_LINE_END = new Set(Array.from('（《〈「『【〔〖“‘([{¥￥$'));
/** Latin letters, digits and the ASCII punctuation inside words and numbers: kept together (12,000.00, ID-1). */
const WORD_CHAR = /^[\x21-\x7e]$/;

/** `lastVisible` is the last non-space character before `next`, so ¥ 12,000.00 stays on one line. */
function canBreakBetween(previous: string, lastVisible: string | undefined, next: string): boolean {
  if (next === ' ') return false;
  if (previous === ' ') return lastVisible === undefined || !NO_LINE_END.has(lastVisible);
  if (NO_LINE_START.has(next) || NO_LINE_END.has(previous)) return false;
  return !(WORD_CHAR.test(previous) && WORD_CHAR.test(next));
}

/** Splits characters into clusters that are never broken inside (unless a cluster is wider than a line). */
function clusters(chars: readonly StyledChar[]): StyledChar[][] {
  const result: StyledChar[][] = [];
  let current: StyledChar[] = [];
  for (const styled of chars) {
    const previous = current[current.length - 1];
    const lastVisible = current.findLast((c) => c.char !== ' ')?.char;
    if (previous && canBreakBetween(previous.char, lastVisible, styled.char)) {
      result.push(current);
      current = [];
    }
    current.push(styled);
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Groups consecutive characters of the same font into runs. */
export function toRuns(chars: readonly StyledChar[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const { char, font } of chars) {
    const last = runs[runs.length - 1];
    if (last && fontKey(last.font) === fontKey(font)) runs[runs.length - 1] = { font, text: last.text + char };
    else runs.push({ font, text: char });
  }
  return runs;
}

function widthOf(chars: readonly StyledChar[], measure: MeasureRun): number {
  return toRuns(chars).reduce((sum, run) => sum + measure(run), 0);
}

function trimTrailingSpaces(chars: StyledChar[]): StyledChar[] {
  let end = chars.length;
  while (end > 0 && chars[end - 1]?.char === ' ') end--;
  return chars.slice(0, end);
}

/**
 * Greedy line filling. `widths[i]` is the available width of line i; the last entry applies to all later
 * lines (a first-line indent or a hanging indent is expressed this way).
 */
export function wrapLine(chars: readonly StyledChar[], widths: readonly number[], measure: MeasureRun): Line[] {
  const lines: Line[] = [];
  let current: StyledChar[] = [];
  const available = () => widths[Math.min(lines.length, widths.length - 1)] ?? 0;
  const flush = () => {
    const trimmed = trimTrailingSpaces(current);
    lines.push({ runs: toRuns(trimmed), width: widthOf(trimmed, measure) });
    current = [];
  };
  for (const cluster of clusters(chars)) {
    // Spaces at the start of a wrapped line are dropped, as in any word processor.
    const candidate = current.length === 0 && lines.length > 0 ? cluster.filter((c) => c.char !== ' ') : cluster;
    if (candidate.length === 0) continue;
    if (widthOf(trimTrailingSpaces([...current, ...candidate]), measure) <= available()) {
      current.push(...candidate);
      continue;
    }
    if (current.length > 0) flush();
    // A cluster wider than a whole line (a very long number or URL) is broken by character.
    for (const styled of candidate) {
      if (current.length > 0 && widthOf([...current, styled], measure) > available()) flush();
      current.push(styled);
    }
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}
