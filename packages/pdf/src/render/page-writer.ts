// Draws laid-out lines onto pdfkit pages: owns the vertical cursor, page breaks and per-document font
// registration. Every run is drawn at an explicit position with `lineBreak: false`, so pdfkit never
// re-wraps or adds pages behind our back.
import { type FontWeight, loadSubsetFile, subsetCatalog } from '../fonts/font-catalog.js';
import { chooseFonts, type FontChoice, fontKey, type TextRun } from '../fonts/runs.js';
import { type Line, type StyledChar, wrapLine } from '../layout/line-break.js';
import { ASCENT, type TextStyle } from './style.js';

export type Align = 'left' | 'center' | 'right';

export interface BlockOptions {
  readonly style: TextStyle;
  /** Indent of the first line and of the following lines, in points. */
  readonly firstIndent?: number;
  readonly restIndent?: number;
  readonly align?: Align;
}

export class PageWriter {
  /** Top of the next line box. */
  y: number;
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.y = doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Assigns fonts to text; `field` names the input field in the error for an unsupported character. */
  styled(text: string, weight: FontWeight, field?: string): StyledChar[] {
    const fonts = chooseFonts(text, subsetCatalog(weight), field);
    return Array.from(text, (char, index) => ({ char, font: fonts[index] as FontChoice }));
  }

  /** Selects the run's font, registering the subset with this document on first use. */
  private useFont(font: FontChoice, size: number): void {
    const key = fontKey(font);
    if (font.kind === 'noto' && !this.registered.has(key)) {
      this.doc.registerFont(key, loadSubsetFile(subsetCatalog(font.weight), font.subset));
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
  }

  private measure(run: TextRun, size: number): number {
    this.useFont(run.font, size);
    return this.doc.widthOfString(run.text);
  }

  wrap(chars: readonly StyledChar[], options: BlockOptions): Line[] {
    const { firstIndent = 0, restIndent = 0 } = options;
    const widths = [this.contentWidth - firstIndent, this.contentWidth - restIndent];
    return wrapLine(chars, widths, (run) => this.measure(run, options.style.size));
  }

  /** Moves to a new page unless `height` points still fit above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage();
      this.y = this.doc.page.margins.top;
    }
  }

  /** Wraps and draws a block of text, breaking pages between lines. */
  writeBlock(chars: readonly StyledChar[], options: BlockOptions): void {
    const lines = this.wrap(chars, options);
    lines.forEach((line, index) => {
      this.ensureSpace(options.style.lineHeight);
      const indent = index === 0 ? (options.firstIndent ?? 0) : (options.restIndent ?? 0);
      this.drawLine(line, this.y, options.style, options.align ?? 'left', indent);
      this.y += options.style.lineHeight;
    });
  }

  /** Draws one line whose box starts at `top`; used directly for footers, which live in the margin. */
  drawLine(line: Line, top: number, style: TextStyle, align: Align, indent = 0): void {
    const free = this.contentWidth - indent - line.width;
    let x = this.left + indent + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
    // All runs share one baseline, whatever the ascender of their font (Helvetica's differs from Noto's).
    const baseline = top + (style.lineHeight - style.size) / 2 + style.size * ASCENT;
    for (const run of line.runs) {
      this.useFont(run.font, style.size);
      this.doc.text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      x += this.doc.widthOfString(run.text);
    }
  }
}
