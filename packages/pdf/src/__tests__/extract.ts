// Reads a PDF back with pdfjs-dist (as a viewer would) to check the text and the geometry we produced.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ExtractedItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export interface ExtractedPdf {
  readonly pageCount: number;
  /** Per page, all text items joined with whitespace removed (Chinese has no spaces between words). */
  readonly pages: readonly string[];
  readonly items: readonly (readonly ExtractedItem[])[];
  readonly pageWidth: number;
  readonly info: Record<string, unknown>;
}

/** Whitespace differs between what we draw and how pdfjs groups items, so it is compared without it. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, '');
}

export async function extractPdf(pdf: Buffer): Promise<ExtractedPdf> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  const items: ExtractedItem[][] = [];
  let pageWidth = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    pageWidth = page.view[2] ?? 0;
    const content = await page.getTextContent();
    const pageItems = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : [],
    );
    items.push(pageItems);
    pages.push(normalise(pageItems.map((item) => item.str).join('')));
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pageCount: document.numPages, pages, items, pageWidth, info: info as Record<string, unknown> };
}
