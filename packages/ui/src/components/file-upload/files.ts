/**
 * File checks for FwFileUpload. They run in the browser before anything is sent, so a citizen learns
 * at once that 病历.exe or a 30 MB scan will not be accepted. They look only at the name, the declared
 * MIME type and the size, all of which the client controls: checking the content (magic bytes, malware
 * scanning, that a "PDF" really is one) is the server's job, and the server must not trust this check.
 */

export type FwUploadStatus = 'uploading' | 'done' | 'error';

export interface FwUploadItem {
  id: string;
  name: string;
  size: number;
  type: string;
  status: FwUploadStatus;
  /** 0…1 */
  progress: number;
  /** Why the upload failed (shown to the user). */
  error?: string;
  /** What `upload` resolved with (e.g. the stored file's id). */
  result?: unknown;
}

export interface FwUploadContext {
  /** Report progress as a fraction between 0 and 1. */
  onProgress(fraction: number): void;
  /** Aborted when the user cancels or removes the file. */
  signal: AbortSignal;
}

export type FwUploadFn = (file: File, ctx: FwUploadContext) => Promise<unknown>;

/** `accept` as the file input takes it: 'application/pdf,.jpg,image/*' or a list of those. */
export function parseAccept(accept: string | readonly string[] | undefined): string[] {
  const list = typeof accept === 'string' ? accept.split(',') : (accept ?? []);
  return list.map((s) => s.trim().toLowerCase()).filter(Boolean);
}

export function matchesAccept(file: Pick<File, 'name' | 'type'>, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/ofd': 'OFD',
  'text/plain': 'TXT',
  'application/zip': 'ZIP',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
  '.jpeg': 'JPG',
};

/** "PDF、JPG、PNG": the accepted types as people know them (`imageWord` names `image/*`). */
export function describeAccept(tokens: readonly string[], imageWord: string): string[] {
  const names = tokens.map((token) => {
    if (TYPE_NAMES[token]) return TYPE_NAMES[token]!;
    if (token === 'image/*') return imageWord;
    if (token.startsWith('.')) return token.slice(1).toUpperCase();
    const subtype = token.split('/')[1] ?? token;
    return subtype.replace(/^(x-|vnd\.)/, '').toUpperCase();
  });
  return [...new Set(names)];
}

/** 10485760 → "10 MB" (decimal places only when they matter). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${number} ${units[unit]}`;
}
