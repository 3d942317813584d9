/**
 * The one date format of the case pages, in the page's language and the reader's time zone: a day
 * (「2026年11月24日」) and a moment (「2026年11月24日 16:30」). A date-only value ('2026-12-25': a performance
 * date) is a calendar day and is never shifted by the time zone.
 */
export function formatCaseDay(iso: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(new Date(iso));
}

export function formatCaseMoment(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
