// Plain TypeScript checks of the document input (no schema library needed for a shape this small).
// Every failure names the field path so an API can return it in problem+json.
import { PdfInputError } from './errors.js';
import type { PdfBlock, PdfDocumentInput, PdfSection } from './model.js';

type Json = Record<string, unknown>;

// Control characters would be drawn as nothing; only a line feed is meaningful, and only in paragraphs.
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireObject(value: unknown, field: string): Json {
  if (!isObject(value)) throw new PdfInputError(field, '必须是对象 / must be an object');
  return value;
}

function requireArray(value: unknown, field: string, minLength = 1): unknown[] {
  if (!Array.isArray(value)) throw new PdfInputError(field, '必须是数组 / must be an array');
  if (value.length < minLength) throw new PdfInputError(field, `至少需要 ${minLength} 项 / needs at least ${minLength} item(s)`);
  return value;
}

function requireText(value: unknown, field: string, options: { multiline?: boolean } = {}): string {
  if (typeof value !== 'string') throw new PdfInputError(field, '必须是字符串 / must be a string');
  if (value.trim().length === 0) throw new PdfInputError(field, '不能为空 / must not be empty');
  if (!options.multiline && value.includes('\n')) throw new PdfInputError(field, '不能换行 / must be a single line');
  if (CONTROL_CHARACTERS.test(value)) throw new PdfInputError(field, '含有控制字符 / contains a control character');
  return value;
}

function optionalText(value: unknown, field: string): void {
  if (value !== undefined) requireText(value, field);
}

function validateBlock(value: unknown, field: string): asserts value is PdfBlock {
  const block = requireObject(value, field);
  switch (block.type) {
    case 'paragraph':
      requireText(block.text, `${field}.text`, { multiline: true });
      if (block.indent !== undefined && typeof block.indent !== 'boolean') {
        throw new PdfInputError(`${field}.indent`, '必须是布尔值 / must be a boolean');
      }
      return;
    case 'fields':
      requireArray(block.entries, `${field}.entries`).forEach((entry, index) => {
        const entryField = `${field}.entries[${index}]`;
        const object = requireObject(entry, entryField);
        requireText(object.label, `${entryField}.label`);
        requireText(object.value, `${entryField}.value`);
      });
      return;
    case 'list':
      requireArray(block.items, `${field}.items`).forEach((item, index) => requireText(item, `${field}.items[${index}]`));
      return;
    case 'signatures':
      requireArray(block.entries, `${field}.entries`).forEach((entry, index) => {
        const entryField = `${field}.entries[${index}]`;
        const object = requireObject(entry, entryField);
        requireText(object.label, `${entryField}.label`);
        optionalText(object.date, `${entryField}.date`);
      });
      return;
    default:
      throw new PdfInputError(`${field}.type`, '须为 paragraph、fields、list 或 signatures / must be paragraph, fields, list or signatures');
  }
}

function validateSection(value: unknown, field: string): asserts value is PdfSection {
  const section = requireObject(value, field);
  optionalText(section.heading, `${field}.heading`);
  requireArray(section.blocks, `${field}.blocks`).forEach((block, index) => validateBlock(block, `${field}.blocks[${index}]`));
}

/** Throws a PdfInputError naming the first invalid field. */
export function validateDocumentInput(value: unknown): asserts value is PdfDocumentInput {
  const input = requireObject(value, 'input');
  requireText(input.title, 'title');
  optionalText(input.subtitle, 'subtitle');
  const metadata = requireObject(input.metadata, 'metadata');
  requireText(metadata.author, 'metadata.author');
  optionalText(metadata.subject, 'metadata.subject');
  if (metadata.keywords !== undefined) {
    requireArray(metadata.keywords, 'metadata.keywords', 0).forEach((keyword, index) =>
      requireText(keyword, `metadata.keywords[${index}]`),
    );
  }
  if (!(metadata.creationDate instanceof Date) || Number.isNaN(metadata.creationDate.getTime())) {
    throw new PdfInputError('metadata.creationDate', '必须是有效日期 / must be a valid Date');
  }
  requireArray(input.sections, 'sections').forEach((section, index) => validateSection(section, `sections[${index}]`));
}
