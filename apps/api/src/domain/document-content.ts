/**
 * What an uploaded document is (ADR 0011), decided in this one place for every module's uploads. The first
 * bytes name the type (file-type); the whole file must then read as that type (`document-readers.ts`), so a
 * PDF or JPEG header in front of HTML is refused like any other unsupported file: 415
 * `unsupported_document_type` on `body`.
 *
 * Reading runs off the event loop, in `document-reader-threads.ts`.
 */
import { fileTypeFromBuffer } from 'file-type';
import { DOCUMENT_MEDIA_TYPES } from '@fawang/contract';
import { HttpProblem } from '../http/problem.js';
import { readOffThread } from './document-reader-threads.js';
import { MAX_IMAGE_MEGAPIXELS, type DocumentMediaType } from './document-readers.js';

export type { DocumentMediaType };

/** The largest accepted photo takes about 4 s on a small server; a file that needs much longer is refused. */
export const READ_TIMEOUT_MS = 10_000;

const LABELS: Record<DocumentMediaType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
};

/** The upload's media type once its content has been read as that type; otherwise a 415 problem. */
export async function documentContentType(bytes: Uint8Array, { timeoutMs = READ_TIMEOUT_MS } = {}): Promise<DocumentMediaType> {
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = DOCUMENT_MEDIA_TYPES.find((type) => type === detected?.mime);
  if (!mediaType) {
    throw refusal(
      'Only PDF, JPEG and PNG documents are accepted',
      `must be a PDF, JPEG or PNG file (${DOCUMENT_MEDIA_TYPES.join(', ')}); the content is ${detected?.mime ?? 'not a recognised file type'}`,
    );
  }
  const reading = await readOffThread(mediaType, bytes, timeoutMs);
  switch (reading) {
    case 'readable':
      return mediaType;
    case 'unreadable':
      throw refusal('Only PDF, JPEG and PNG documents that open are accepted', `the file is not a readable ${LABELS[mediaType]}`);
    case 'too_large':
      throw refusal('The image is too large to accept', `the image has more than ${MAX_IMAGE_MEGAPIXELS} megapixels; send a smaller photo or scan`);
    case 'timeout':
      throw refusal('The document could not be read in time', `the file could not be read as a ${LABELS[mediaType]} within ${timeoutMs / 1000} seconds`);
  }
}

function refusal(detail: string, message: string): HttpProblem {
  return new HttpProblem(415, 'unsupported_document_type', detail, [{ field: 'body', code: 'unsupported_document_type', message }]);
}
