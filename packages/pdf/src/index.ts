// @fawang/pdf: official documents (调解协议书 mediation agreements and the like) as PDF with Chinese text
// that renders without system fonts and extracts back as Unicode. Server-side (Node) only.
export { renderDocument, PRODUCER } from './render/render-document.js';
export { validateDocumentInput } from './validate.js';
export { PdfInputError, UnsupportedCharacterError } from './errors.js';
export type {
  FieldsBlock,
  ListBlock,
  ParagraphBlock,
  PdfBlock,
  PdfDocumentInput,
  PdfMetadata,
  PdfSection,
  SignaturesBlock,
} from './model.js';
