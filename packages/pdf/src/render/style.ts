// Page geometry and type sizes. Sizes follow Chinese document habits: 二号 title (22 pt), 四号 headings
// (14 pt), 小四 body (12 pt), generous leading because ideographs fill the whole em box.
import type { FontWeight } from '../fonts/font-catalog.js';

export interface TextStyle {
  readonly size: number;
  readonly weight: FontWeight;
  /** Distance between baselines of consecutive lines. */
  readonly lineHeight: number;
}

export const PAGE = { size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 } } as const;

export const TITLE: TextStyle = { size: 22, weight: 700, lineHeight: 34 };
export const SUBTITLE: TextStyle = { size: 12, weight: 400, lineHeight: 20 };
export const HEADING: TextStyle = { size: 14, weight: 700, lineHeight: 24 };
export const BODY: TextStyle = { size: 12, weight: 400, lineHeight: 21 };
export const LABEL: TextStyle = { ...BODY, weight: 700 };
export const FOOTER: TextStyle = { size: 9, weight: 400, lineHeight: 12 };

/** Vertical gaps in points. */
export const GAP = { afterTitle: 18, beforeHeading: 12, afterHeading: 4, afterBlock: 8, signatureLine: 16 } as const;

/** Paragraphs start two ideographs in (首行缩进两字). */
export const PARAGRAPH_INDENT_EM = 2;

/** Ascent of Noto Sans SC as a fraction of the font size, used to put the baseline inside a line box. */
export const ASCENT = 0.88;

/** Footer page label: 第 1 页 共 3 页 (page 1 of 3). */
export function pageLabel(page: number, total: number): string {
  return `第 ${page} 页 共 ${total} 页`;
}

/** Room for a handwritten signature and, without a given date, for a handwritten date. */
export const SIGNATURE_BLANK = '________________';
export const DATE_BLANK = '______年____月____日';
