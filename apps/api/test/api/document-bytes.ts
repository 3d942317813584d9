/** Small but real files for the upload tests, built from their bytes. */
import { encode } from 'jpeg-js';

/**
 * A one-page PDF with a correct cross-reference table (byte offsets computed here), so that it is a
 * valid file and not only a `%PDF` header.
 */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A 1×1 PNG: signature, IHDR (1×1, 8-bit RGBA), one IDAT and IEND, with their CRCs. */
export const PNG_1X1 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da636460f85f0f0002870180eb47ba920000000049454e44ae426082',
  'hex',
);

/** A 1×1 grey JPEG, encoded by jpeg-js: the decoder the server reads uploads with must accept it. */
export const JPEG_1X1 = encode({ width: 1, height: 1, data: Buffer.from([128, 128, 128, 255]) }, 90).data;
