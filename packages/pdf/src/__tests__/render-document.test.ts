import { describe, expect, it } from 'vitest';
import { PdfInputError, renderDocument, UnsupportedCharacterError, type PdfDocumentInput } from '../index.js';
import { AGREEMENT, LONG_PARAGRAPH, TERMS } from './fixtures.js';
import { extractPdf, normalise } from './extract.js';

/** Every text line of the input, as it must be found in the extracted text. */
function inputLines(input: PdfDocumentInput): string[] {
  const lines = [input.title, input.subtitle ?? ''];
  for (const section of input.sections) {
    lines.push(section.heading ?? '');
    for (const block of section.blocks) {
      if (block.type === 'paragraph') lines.push(...block.text.split('\n'));
      if (block.type === 'fields') lines.push(...block.entries.map((entry) => `${entry.label}：${entry.value}`));
      if (block.type === 'list') lines.push(...block.items);
      if (block.type === 'signatures') lines.push(...block.entries.map((entry) => `${entry.label}：`), ...block.entries.flatMap((entry) => (entry.date ? [`日期：${entry.date}`] : [])));
    }
  }
  return lines.filter((line) => line.length > 0).map(normalise);
}

function longDocument(): PdfDocumentInput {
  return {
    ...AGREEMENT,
    sections: [{ heading: '纠纷主要事实', blocks: Array.from({ length: 8 }, () => ({ type: 'paragraph' as const, text: LONG_PARAGRAPH })) }],
  };
}

describe('renderDocument', () => {
  it('renders a mediation agreement whose text extracts back line by line', async () => {
    const started = performance.now();
    const pdf = await renderDocument(AGREEMENT);
    const elapsed = performance.now() - started;
    const extracted = await extractPdf(pdf);
    const text = extracted.pages.join('');
    for (const line of inputLines(AGREEMENT)) expect(text).toContain(line);
    expect(text).toContain('¥12,000.00');
    expect(text).toContain('2026年11月25日');
    expect(extracted.pages.at(-1)).toContain(`第${extracted.pageCount}页共${extracted.pageCount}页`);
    console.warn(`agreement: ${pdf.length} bytes, ${extracted.pageCount} page(s), ${elapsed.toFixed(0)} ms`);
  });

  it('writes the metadata from the input', async () => {
    const { info } = await extractPdf(await renderDocument(AGREEMENT));
    expect(info).toMatchObject({
      Title: '人民调解协议书',
      Author: AGREEMENT.metadata.author,
      Subject: AGREEMENT.metadata.subject,
      Producer: 'Fawang',
      CreationDate: 'D:20261125013000Z',
    });
  });

  it('wraps long Chinese paragraphs inside the right margin and breaks pages with page numbers', async () => {
    const pdf = await renderDocument(longDocument());
    const extracted = await extractPdf(pdf);
    expect(extracted.pageCount).toBeGreaterThanOrEqual(2);
    expect(extracted.pages[1]).toContain(`第2页共${extracted.pageCount}页`);
    const rightEdge = extracted.pageWidth - 72;
    for (const item of extracted.items.flat()) expect(item.x + item.width).toBeLessThanOrEqual(rightEdge + 0.5);
    // The paragraph comes out whole and in order, whatever the number of lines and pages it spans.
    expect(extracted.pages.join('')).toContain(normalise(LONG_PARAGRAPH + LONG_PARAGRAPH));
  });

  it('keeps closing punctuation off the start of a line', async () => {
    const { items } = await extractPdf(await renderDocument(longDocument()));
    const lineStarts = items.flat().filter((item) => Math.abs(item.x - 72) < 0.5 && item.str.trim().length > 0);
    expect(lineStarts.length).toBeGreaterThan(10);
    for (const item of lineStarts) expect('，。、；：）》”').not.toContain(item.str.trim().charAt(0));
  });

  it('embeds font subsets only, keeping a one page agreement small', async () => {
    const pdf = await renderDocument({ ...AGREEMENT, sections: AGREEMENT.sections.slice(0, 3) });
    expect((await extractPdf(pdf)).pageCount).toBe(1);
    expect(pdf.length).toBeLessThan(200_000);
  });

  it('produces identical bytes for identical input', async () => {
    const first = await renderDocument(AGREEMENT);
    const second = await renderDocument(AGREEMENT);
    expect(first.equals(second)).toBe(true);
  });

  it('renders the numbered terms', async () => {
    const text = (await extractPdf(await renderDocument(AGREEMENT))).pages.join('');
    TERMS.forEach((term, index) => expect(text).toContain(normalise(`${index + 1}. ${term}`)));
  });
});

describe('renderDocument errors', () => {
  it('names the field holding a character no font covers', async () => {
    const input: PdfDocumentInput = { ...AGREEMENT, sections: [{ blocks: [{ type: 'paragraph', text: '当事人签名：\u{13000}' }] }] };
    const error = await renderDocument(input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnsupportedCharacterError);
    expect(error).toMatchObject({ field: 'sections[0].blocks[0].text', codePoint: 0x13000 });
    expect((error as Error).message).toContain('U+13000');
  });

  it('rejects an empty title', async () => {
    await expect(renderDocument({ ...AGREEMENT, title: ' ' })).rejects.toMatchObject({ name: 'PdfInputError', field: 'title' });
  });

  it('rejects an invalid creation date', async () => {
    const input = { ...AGREEMENT, metadata: { ...AGREEMENT.metadata, creationDate: new Date('not a date') } };
    await expect(renderDocument(input)).rejects.toMatchObject({ field: 'metadata.creationDate' });
  });

  it('names the path of a bad block', async () => {
    const input = { ...AGREEMENT, sections: [{ blocks: [{ type: 'table' }] }] } as unknown as PdfDocumentInput;
    const error = await renderDocument(input).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfInputError);
    expect(error).toMatchObject({ field: 'sections[0].blocks[0].type' });
  });

  it('rejects control characters and line breaks in single line fields', async () => {
    const withTab = { ...AGREEMENT, subtitle: '编号：\t12' };
    await expect(renderDocument(withTab)).rejects.toMatchObject({ field: 'subtitle' });
    const input: PdfDocumentInput = { ...AGREEMENT, sections: [{ blocks: [{ type: 'list', items: ['一\n二'] }] }] };
    await expect(renderDocument(input)).rejects.toMatchObject({ field: 'sections[0].blocks[0].items[0]' });
  });
});
