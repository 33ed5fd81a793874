/**
 * Counting on the business calendar: the close of the N-th full business day, business time
 * between two instants, and business time added to an instant.
 */
import {
  businessHoursOn,
  moscowDate,
  nextDate,
  type BusinessCalendar,
  type Interval,
} from './business-calendar.js';

/** No calendar has a year without a business day; days off longer than this mean a broken one. */
const MAX_IDLE_DAYS = 3 * 366;

/**
 * The close of the N-th full business day after the submission day. A request filed before
 * opening on a business day counts that day; one filed at opening or later does not, as the
 * day is no longer whole.
 */
export function endOfBusinessDays(calendar: BusinessCalendar, submitted: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be 1 or more, got ${n}`);

  const firstDay = moscowDate(submitted);
  const hours = businessHoursOn(calendar, firstDay);
  const countsFirstDay = hours !== null && submitted < hours.start;

  let counted = 0;
  for (const [date, open] of businessDays(calendar, firstDay)) {
    if (date === firstDay && !countsFirstDay) continue;
    counted += 1;
    if (counted === n) return open.end;
  }
  throw new Error('unreachable: the walk over business days never ends by itself');
}

/**
 * The instant `ms` of business time after `from`. Time that runs out exactly at closing stays
 * at closing that day rather than moving to the next opening.
 */
export function addBusinessTime(calendar: BusinessCalendar, from: Date, ms: number): Date {
  if (ms <= 0) return from;

  let left = ms;
  for (const [, open] of businessDays(calendar, moscowDate(from))) {
    const start = Math.max(open.start.getTime(), from.getTime());
    const available = open.end.getTime() - start;
    if (available <= 0) continue;
    if (left <= available) return new Date(start + left);
    left -= available;
  }
  throw new Error('unreachable: the walk over business days never ends by itself');
}

/** Business time in [from, to), in milliseconds. */
export function businessTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;

  let total = 0;
  for (const [, open] of businessDays(calendar, moscowDate(from), moscowDate(to))) {
    total += overlap(open, { start: from, end: to });
  }
  return total;
}

/**
 * Business days from `first` on, each with its open hours, up to `last` when given. A calendar
 * without a business day for three years in a row is broken, and the walk stops with an error.
 */
function* businessDays(
  calendar: BusinessCalendar,
  first: string,
  last?: string,
): Generator<[string, Interval]> {
  let idle = 0;
  for (let date = first; last === undefined || date <= last; date = nextDate(date)) {
    const open = businessHoursOn(calendar, date);
    if (open) {
      idle = 0;
      yield [date, open];
    } else if (++idle > MAX_IDLE_DAYS) {
      throw new RangeError(`no business day within three years after ${first}`);
    }
  }
}

function overlap(a: Interval, b: Interval): number {
  const start = Math.max(a.start.getTime(), b.start.getTime());
  const end = Math.min(a.end.getTime(), b.end.getTime());
  return Math.max(0, end - start);
}
