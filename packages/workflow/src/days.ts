/**
 * Statutory clocks (法定时限). Calendar days add directly; working days skip Saturdays and Sundays.
 * Public holidays and their make-up working days are set by the State Council every year and are not
 * modelled yet: a region that counts working days gets a date that can be a day or two early around
 * holidays, which errs on the side of flagging an item overdue sooner, never later.
 */
export type DayCounting = 'calendar' | 'working';

export function addDays(from: Date, days: number, counting: DayCounting): Date {
  const result = new Date(from.getTime());
  if (counting === 'calendar') {
    result.setUTCDate(result.getUTCDate() + days);
    return result;
  }
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}
