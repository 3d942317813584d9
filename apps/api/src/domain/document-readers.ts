/**
 * Reads an upload as the type its first bytes claim, with maintained parsers, to prove it is a real file
 * and not, say, HTML behind a `%PDF` header. Runs in a worker thread (`document-reader-threads.ts`): the
 * work is CPU bound and synchronous, so it is kept off the event loop where it can be stopped.
 *
 * Answers never carry the parsers' messages: those quote bytes of the file.
 */
import { inflateSync } from 'node:zlib';
import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import type { DOCUMENT_MEDIA_TYPES } from '@fawang/contract';

export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** What reading found: readable, not a file of that type, or an image too large to decode here. */
export type ContentReading = 'readable' | 'unreadable' | 'too_large';

/**
 * Phone photos are 12 or 24 megapixels; a full decode of 25 takes about 4 s and 300 MB on a small server.
 * Larger images are refused rather than decoded.
 */
export const MAX_IMAGE_MEGAPIXELS = 25;
const MAX_IMAGE_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000;
/** jpeg-js counts its own allocations; a 25-megapixel JPEG needs about 280 MB of them. */
const MAX_JPEG_MEMORY_MB = 512;
/** Widest decoded PNG row per pixel: RGBA at 16 bits per channel. */
const MAX_PNG_BYTES_PER_PIXEL = 8;

/** pdf.js is loaded on demand: the main thread imports this module only for its limits and types. */
const loadPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs');

/** Loads the parsers ahead of the first read, so that loading them is not counted as reading time. */
export async function prepareReaders(): Promise<void> {
  await loadPdfjs();
}

export async function readDocument(mediaType: DocumentMediaType, bytes: Uint8Array): Promise<ContentReading> {
  switch (mediaType) {
    case 'application/pdf':
      return readPdf(bytes);
    case 'image/jpeg':
      return readJpeg(bytes);
    case 'image/png':
      return readPng(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
}

/** A PDF that pdf.js opens, as a viewer would, with a first page that loads. */
async function readPdf(bytes: Uint8Array): Promise<ContentReading> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({
    // pdf.js may detach the buffer it is given; the caller's bytes stay intact.
    data: new Uint8Array(bytes),
    // pdf.js 5 compiles no code from fonts, so there is no `isEvalSupported` left to turn off.
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    // Errors only: warnings about a damaged file go to the console and may quote its content.
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    if (pdf.numPages < 1) return 'unreadable';
    await pdf.getPage(1);
    return 'readable';
  } catch {
    // Broken structure, no pages, or a password needed to open it: staff could not read it either.
    return 'unreadable';
  } finally {
    await task.destroy();
  }
}

/** A JPEG that decodes to pixels, within the size limits. */
function readJpeg(bytes: Uint8Array): ContentReading {
  try {
    const image = decodeJpeg(bytes, {
      useTArray: true,
      // Three bytes a pixel instead of four: only whether it decodes matters.
      formatAsRGBA: false,
      maxResolutionInMP: MAX_IMAGE_MEGAPIXELS,
      maxMemoryUsageInMB: MAX_JPEG_MEMORY_MB,
    });
    return image.width > 0 && image.height > 0 ? 'readable' : 'unreadable';
  } catch (error) {
    return error instanceof Error && /maxResolutionInMP|maxMemoryUsageInMB/.test(error.message) ? 'too_large' : 'unreadable';
  }
}

/** A PNG whose chunks, checksums and compressed pixels all read, within the size limit. */
function readPng(bytes: Buffer): ContentReading {
  // The signature is 8 bytes; the first chunk must be IHDR: width, height, depth, colour type, …, interlace.
  if (bytes.length < 33 || bytes.toString('latin1', 12, 16) !== 'IHDR') return 'unreadable';
  const pixels = bytes.readUInt32BE(16) * bytes.readUInt32BE(20);
  if (pixels > MAX_IMAGE_PIXELS) return 'too_large';
  try {
    // pngjs bounds inflating by the image size, except for interlaced images: a small file could then
    // inflate to gigabytes, so their pixel data is first inflated with a bound here (twice the widest raw
    // size leaves room for the filter byte of every row of Adam7's seven passes).
    if (bytes[28] === 1) inflateSync(imageData(bytes), { maxOutputLength: 2 * pixels * MAX_PNG_BYTES_PER_PIXEL + 1024 });
    const image = PNG.sync.read(bytes);
    return image.width > 0 && image.height > 0 ? 'readable' : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** The compressed pixel data: every IDAT chunk's payload, in order. */
function imageData(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}
