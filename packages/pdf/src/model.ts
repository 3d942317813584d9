// The structured input of an official document (调解协议书 mediation agreement and the like).
// Callers describe content; layout (fonts, wrapping, page breaks, page numbers) is the renderer's job.

export interface PdfDocumentInput {
  /** Centred bold title, e.g. 人民调解协议书. Also the PDF Title metadata. */
  readonly title: string;
  /** Optional line under the title, right-aligned, e.g. 编号：（2026）某调字第 12 号. */
  readonly subtitle?: string;
  readonly metadata: PdfMetadata;
  readonly sections: readonly PdfSection[];
}

export interface PdfMetadata {
  /** PDF Author, e.g. the mediation committee (人民调解委员会). */
  readonly author: string;
  readonly subject?: string;
  readonly keywords?: readonly string[];
  /** Written as CreationDate and ModDate; passing it in (not "now") makes output byte-for-byte reproducible. */
  readonly creationDate: Date;
}

export interface PdfSection {
  /** Bold heading, e.g. 当事人基本情况 (parties). */
  readonly heading?: string;
  readonly blocks: readonly PdfBlock[];
}

export type PdfBlock = ParagraphBlock | FieldsBlock | ListBlock | SignaturesBlock;

/** Body text; `\n` starts a new line. Indented by two characters (首行缩进) unless `indent` is false. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: string;
  readonly indent?: boolean;
}

/** Key–value lines such as 姓名：张三; long values wrap under the value, not under the label. */
export interface FieldsBlock {
  readonly type: 'fields';
  readonly entries: readonly { readonly label: string; readonly value: string }[];
}

/** A numbered list (1. 2. 3.), e.g. the agreed terms (协议内容). */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly string[];
}

/** Signature lines: 甲方（签名）：________ 日期：2026年11月25日. A missing date leaves a blank to fill by hand. */
export interface SignaturesBlock {
  readonly type: 'signatures';
  readonly entries: readonly { readonly label: string; readonly date?: string }[];
}
