/**
 * Formats an ISO calendar date ('1990-03-07') for people: "1990年3月7日" in zh-CN, "March 7, 1990"
 * in English. The date is read and written in UTC so no time zone can shift it by a day.
 */
export function formatIsoDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}
