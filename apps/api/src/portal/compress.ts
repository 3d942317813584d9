/**
 * Compression of the portal's HTML. Scripts and stylesheets are compressed once by the portal's build and
 * served as they are (`preCompressed`); a page is compressed per response (a server-rendered page differs
 * per request), with Brotli at a quality that costs about a millisecond for a 60 KB page, or gzip for a
 * browser without Brotli. On a slow phone network that is the difference between 65 KB and 12 KB before
 * anything can be painted.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The best encoding the request accepts (q=0 refuses one); without the header, none. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

export async function encode(body: string, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipAsync(body, { level: 6 });
}
