// Turns a PdfDocumentInput into PDF bytes: A4, Noto Sans SC subsets embedded (subsetted to the glyphs
// used), page numbers in the footer, metadata from the input so the same input gives the same bytes.
import PDFDocument from 'pdfkit';
import type { FieldsBlock, ListBlock, PdfBlock, PdfDocumentInput, SignaturesBlock } from '../model.js';
import { validateDocumentInput } from '../validate.js';
import { type Line, toRuns } from '../layout/line-break.js';
import { PageWriter } from './page-writer.js';
import {
  BODY,
  DATE_BLANK,
  FOOTER,
  GAP,
  HEADING,
  LABEL,
  PAGE,
  PARAGRAPH_INDENT_EM,
  SIGNATURE_BLANK,
  SUBTITLE,
  TITLE,
  pageLabel,
} from './style.js';

export const PRODUCER = 'Fawang';

/** Renders an official document to PDF. Throws PdfInputError or UnsupportedCharacterError on bad input. */
export async function renderDocument(input: PdfDocumentInput): Promise<Buffer> {
  validateDocumentInput(input);
  const { metadata } = input;
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: input.title,
      Author: metadata.author,
      ...(metadata.subject ? { Subject: metadata.subject } : {}),
      ...(metadata.keywords?.length ? { Keywords: metadata.keywords.join(', ') } : {}),
      Producer: PRODUCER,
      Creator: PRODUCER,
      CreationDate: metadata.creationDate,
      ModDate: metadata.creationDate,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const writer = new PageWriter(doc);
  writeTitle(writer, input);
  input.sections.forEach((section, sectionIndex) => {
    const field = `sections[${sectionIndex}]`;
    if (section.heading) {
      writer.y += GAP.beforeHeading;
      // Keep a heading with the first line of its section.
      writer.ensureSpace(HEADING.lineHeight + BODY.lineHeight);
      writer.writeBlock(writer.styled(section.heading, HEADING.weight, `${field}.heading`), { style: HEADING });
      writer.y += GAP.afterHeading;
    }
    section.blocks.forEach((block, blockIndex) => {
      writeBlock(writer, block, `${field}.blocks[${blockIndex}]`);
      writer.y += GAP.afterBlock;
    });
  });
  writeFooters(doc, writer);
  doc.end();
  return finished;
}

function writeTitle(writer: PageWriter, input: PdfDocumentInput): void {
  writer.writeBlock(writer.styled(input.title, TITLE.weight, 'title'), { style: TITLE, align: 'center' });
  if (input.subtitle) {
    writer.writeBlock(writer.styled(input.subtitle, SUBTITLE.weight, 'subtitle'), { style: SUBTITLE, align: 'right' });
  }
  writer.y += GAP.afterTitle;
}

function writeBlock(writer: PageWriter, block: PdfBlock, field: string): void {
  switch (block.type) {
    case 'paragraph': {
      const firstIndent = block.indent === false ? 0 : PARAGRAPH_INDENT_EM * BODY.size;
      block.text.split('\n').forEach((text) => {
        writer.writeBlock(writer.styled(text, BODY.weight, `${field}.text`), { style: BODY, firstIndent });
      });
      return;
    }
    case 'fields':
      return writeFields(writer, block, field);
    case 'list':
      return writeList(writer, block, field);
    case 'signatures':
      return writeSignatures(writer, block, field);
  }
}

/** `label：value` with the value's continuation lines aligned under the value (hanging indent). */
function writeFields(writer: PageWriter, block: FieldsBlock, field: string): void {
  block.entries.forEach((entry, index) => {
    const label = writer.styled(`${entry.label}：`, LABEL.weight, `${field}.entries[${index}].label`);
    const value = writer.styled(entry.value, BODY.weight, `${field}.entries[${index}].value`);
    const labelWidth = lineWidth(writer.wrap(label, { style: LABEL }));
    writer.writeBlock([...label, ...value], { style: BODY, restIndent: Math.min(labelWidth, writer.contentWidth / 2) });
  });
}

/** 1. 2. 3. with wrapped lines aligned under the item text. */
function writeList(writer: PageWriter, block: ListBlock, field: string): void {
  block.items.forEach((item, index) => {
    const marker = writer.styled(`${index + 1}. `, BODY.weight);
    const markerWidth = lineWidth(writer.wrap(marker, { style: BODY }));
    const text = writer.styled(item, BODY.weight, `${field}.items[${index}]`);
    writer.writeBlock([...marker, ...text], { style: BODY, restIndent: markerWidth });
  });
}

function writeSignatures(writer: PageWriter, block: SignaturesBlock, field: string): void {
  block.entries.forEach((entry, index) => {
    writer.y += GAP.signatureLine;
    const label = writer.styled(`${entry.label}：${SIGNATURE_BLANK}　　`, BODY.weight, `${field}.entries[${index}].label`);
    const date = writer.styled(`日期：${entry.date ?? DATE_BLANK}`, BODY.weight, `${field}.entries[${index}].date`);
    writer.writeBlock([...label, ...date], { style: BODY });
  });
}

function lineWidth(lines: readonly Line[]): number {
  return lines[0]?.width ?? 0;
}

/** 第 n 页 共 N 页 centred in the bottom margin of every page, written once the page count is known. */
function writeFooters(doc: PDFKit.PDFDocument, writer: PageWriter): void {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const chars = writer.styled(pageLabel(page - start + 1, count), FOOTER.weight);
    const line: Line = { runs: toRuns(chars), width: lineWidth(writer.wrap(chars, { style: FOOTER })) };
    const top = doc.page.height - doc.page.margins.bottom + (doc.page.margins.bottom - FOOTER.lineHeight) / 2;
    writer.drawLine(line, top, FOOTER, 'center');
  }
}
