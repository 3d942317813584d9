/** Small but real files for the upload tests, built from their bytes. */
import { encode } from 'jpeg-js';
import { onePagePdf } from '@fawang/contract/samples';

/** The contract's sample one-page PDF: a valid file, not only a `%PDF` header. */
export function tinyPdf(): Buffer {
  return Buffer.from(onePagePdf());
}

/** A 1×1 PNG: signature, IHDR (1×1, 8-bit RGBA), one IDAT and IEND, with their CRCs. */
export const PNG_1X1 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082',
  'hex',
);

/** A 1×1 grey JPEG, encoded by jpeg-js: the decoder the server reads uploads with must accept it. */
export const JPEG_1X1 = encode({ width: 1, height: 1, data: Buffer.from([128, 128, 128, 255]) }, 90).data;
