/** How a stored file reads in a list: its type by a short name and its size in bytes, KB or MB. */

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };
const KB = 1024;

/** PDF, JPEG, PNG; another type as the server named it. */
export function mediaTypeName(mediaType: string): string {
  return TYPE_NAMES[mediaType] ?? mediaType;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function formatFileSize(bytes: number, locale: string, t: Translate): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < KB) return t('documents.bytes', { size: number.format(bytes) });
  if (bytes < KB * KB) return t('documents.kilobytes', { size: number.format(bytes / KB) });
  return t('documents.megabytes', { size: number.format(bytes / (KB * KB)) });
}
