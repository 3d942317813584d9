/** Dates and times as people in China read them: Asia/Shanghai, which keeps UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai; empty for no time. */
export function shanghaiMinute(at: Date | null): string {
  if (!at) return '';
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Asia/Shanghai calendar date (`YYYY-MM-DD`) of an instant, `days` later. */
export function shanghaiDate(at: Date, days = 0): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** `2026年11月25日` from `2026-11-25`, the way official documents write a date. */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
