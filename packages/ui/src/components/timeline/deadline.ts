/**
 * Day arithmetic for deadlines (办理时限). A deadline is a calendar date (ISO `YYYY-MM-DD`; a full ISO
 * date-time is cut to its date). The days left are counted in calendar days in the user's time zone
 * (or `timeZone`), so a deadline of today is 0 whatever the hour, tomorrow is 1, yesterday -1.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Parses the date part of an ISO date or date-time; `null` when it is not a valid date. */
export function parseIsoDay(value: string): CalendarDay | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** The calendar day of an instant in a time zone (the runtime's own zone by default). */
export function dayOf(instant: Date, timeZone?: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const DAY_MS = 86_400_000;

function serial(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

/**
 * Calendar days from `now` to `deadline`: positive = days left, 0 = due today, negative = days overdue.
 * `null` when the deadline is not a valid ISO date.
 */
export function daysUntil(deadline: string, now: Date, timeZone?: string): number | null {
  const due = parseIsoDay(deadline);
  if (!due) return null;
  return Math.round(serial(due) - serial(dayOf(now, timeZone)));
}

/** A Date at UTC midnight of a calendar day, for formatting a date-only value with timeZone 'UTC'. */
export function utcDate(d: CalendarDay): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}
