import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { renderDocument } from '@fawang/pdf';
import { documentContentType } from '../document-content.js';

const HTML = '<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n';

function jpeg(width: number, height: number): Buffer {
  return encodeJpeg({ width, height, data: Buffer.alloc(width * height * 4, 0x80) }, 85).data;
}

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(0x7f);
  return PNG.sync.write(image);
}

/** CRC-32 as PNG chunks carry it (Node 20 has no zlib.crc32). */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(4);
  frame.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([frame, typed, crc]);
}

/** A 1×1 RGBA PNG, interlaced (Adam7), whose pixel data inflates to `pixelData` — pngjs cannot write these. */
function interlacedPng(pixelData: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 6, 0, 0, 1], 8);
  const signature = Buffer.from('89504e470d0a1a0a', 'hex');
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixelData)), chunk('IEND', Buffer.alloc(0))]);
}

/** The same JPEG claiming other dimensions in its frame header (SOF0). */
function withJpegSize(bytes: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(bytes);
  const frame = copy.indexOf(Buffer.from([0xff, 0xc0]));
  copy.writeUInt16BE(height, frame + 5);
  copy.writeUInt16BE(width, frame + 7);
  return copy;
}

async function refusal(bytes: Uint8Array, options?: Parameters<typeof documentContentType>[1]) {
  const error = await documentContentType(bytes, options).then(
    () => expect.fail('the upload was accepted'),
    (problem: unknown) => problem,
  );
  expect(error).toMatchObject({ status: 415, code: 'unsupported_document_type', errors: [{ field: 'body', code: 'unsupported_document_type' }] });
  const { message } = (error as { errors: { message: string }[] }).errors[0]!;
  // The answer never quotes the file.
  expect(JSON.stringify(error) + message).not.toMatch(/html|script/i);
  return message;
}

let pdf: Buffer;
beforeAll(async () => {
  pdf = await renderDocument({
    title: '人民调解协议书',
    metadata: { author: '某街道人民调解委员会', creationDate: new Date('2026-11-25T09:30:00+08:00') },
    sections: [{ heading: '协议内容', blocks: [{ type: 'paragraph', text: '双方自愿达成如下协议。' }] }],
  });
});

describe('documentContentType accepts real files', () => {
  it('takes a PDF rendered by @fawang/pdf', async () => {
    expect(await documentContentType(pdf)).toBe('application/pdf');
  });

  it('takes a JPEG and a PNG', async () => {
    expect(await documentContentType(jpeg(32, 24))).toBe('image/jpeg');
    expect(await documentContentType(png(32, 24))).toBe('image/png');
  });

  it('takes an interlaced PNG', async () => {
    // Adam7's first pass holds the only pixel of a 1×1 image: filter byte 0, then RGBA.
    expect(await documentContentType(interlacedPng(Buffer.from([0, 10, 20, 30, 255])))).toBe('image/png');
  });

  it('reads several uploads at once, each for what it is', async () => {
    const files = [pdf, jpeg(8, 8), png(8, 8), pdf, jpeg(16, 16)];
    expect(await Promise.all(files.map((file) => documentContentType(file)))).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'application/pdf',
      'image/jpeg',
    ]);
  });
});

describe('documentContentType refuses with 415 on body', () => {
  it('a text file, naming the accepted types', async () => {
    expect(await refusal(Buffer.from('这不是 PDF，只是一段文字。\n'))).toMatch(/application\/pdf, image\/jpeg, image\/png/);
  });

  it('HTML behind a PDF header', async () => {
    expect(await refusal(Buffer.from(`%PDF-1.7\n${HTML}`, 'latin1'))).toBe('the file is not a readable PDF');
  });

  it('HTML behind JPEG magic bytes', async () => {
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML)]))).toBe('the file is not a readable JPEG image');
  });

  it('garbage behind the PNG signature, or behind its first chunk', async () => {
    const start = png(4, 4);
    // file-type already looks past the signature for the IHDR chunk…
    expect(await refusal(Buffer.concat([start.subarray(0, 8), Buffer.from(HTML)]))).toMatch(/not a recognised file type/);
    // …but only reading the whole file finds what follows it.
    expect(await refusal(Buffer.concat([start.subarray(0, 33), Buffer.from(HTML)]))).toBe('the file is not a readable PNG image');
  });

  it('truncated files', async () => {
    expect(await refusal(pdf.subarray(0, pdf.length / 2))).toBe('the file is not a readable PDF');
    const photo = jpeg(64, 48);
    expect(await refusal(photo.subarray(0, photo.length / 2))).toBe('the file is not a readable JPEG image');
    const picture = png(64, 48);
    expect(await refusal(picture.subarray(0, picture.length - 20))).toBe('the file is not a readable PNG image');
  });

  it('a PNG whose checksum is wrong', async () => {
    const picture = png(8, 8);
    const idat = picture.indexOf('IDAT', 0, 'latin1');
    picture[idat + 6] = picture[idat + 6]! ^ 0xff;
    expect(await refusal(picture)).toBe('the file is not a readable PNG image');
  });

  it('an interlaced PNG whose pixel data inflates far beyond its size', async () => {
    expect(await refusal(interlacedPng(Buffer.alloc(8 * 1024 * 1024)))).toBe('the file is not a readable PNG image');
  });

  it('images of more than 25 megapixels, before decoding them', async () => {
    const tooLarge = /more than 25 megapixels/;
    expect(await refusal(withJpegSize(jpeg(8, 8), 6000, 5000))).toMatch(tooLarge);
    const picture = png(8, 8);
    picture.writeUInt32BE(6000, 16);
    picture.writeUInt32BE(5000, 20);
    expect(await refusal(picture)).toMatch(tooLarge);
  });

  it('a file that is not read within the time allowed, and reads the next upload on a fresh thread', async () => {
    expect(await refusal(jpeg(800, 600), { timeoutMs: 1 })).toBe('the file could not be read as a JPEG image within 0.001 seconds');
    expect(await documentContentType(jpeg(8, 8))).toBe('image/jpeg');
  });
});
