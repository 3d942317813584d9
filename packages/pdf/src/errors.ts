// Typed errors so callers (the mediation API) can map them to problem+json with the offending field.

/** The document input is malformed; `field` is the path of the offending value, e.g. `sections[1].blocks[0].text`. */
export class PdfInputError extends Error {
  override readonly name = 'PdfInputError';
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

/**
 * A character is covered by no Noto Sans SC subset and is not ASCII (which falls back to Helvetica).
 * Thrown instead of drawing a blank box, so text is never silently lost.
 */
export class UnsupportedCharacterError extends Error {
  override readonly name = 'UnsupportedCharacterError';
  readonly codePoint: number;
  constructor(
    readonly character: string,
    readonly field?: string,
  ) {
    const codePoint = character.codePointAt(0) ?? 0;
    const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    super(
      `${field ? `${field}: ` : ''}字符 "${character}" (${hex}) 不在 Noto Sans SC 字体中，无法写入 PDF / ` +
        `character "${character}" (${hex}) is not covered by the Noto Sans SC font and cannot be rendered`,
    );
    this.codePoint = codePoint;
  }
}
