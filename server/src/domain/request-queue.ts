/**
 * The queue's promise to a customer: when a queued request is expected to start. The norm-hours
 * estimated ahead of it are divided by the team's throughput (norm-hours completed per business
 * day over the last 20 business days) and laid on the business calendar.
 */
import {
  BUSINESS_HOURS,
  businessHoursOn,
  moscowDate,
  previousDate,
  type BusinessCalendar,
} from './business-calendar.js';
import { addBusinessTime } from './business-time.js';
import { Decimal } from './decimal.js';

export const THROUGHPUT_WINDOW_DAYS = 20;

const MINUTE_MS = 60_000;
const FULL_DAY_MS = (BUSINESS_HOURS.closes - BUSINESS_HOURS.opens) * MINUTE_MS;
/** A year back is far more than 20 business days: a longer walk means a broken calendar. */
const MAX_WALK_DAYS = 366;

/** The opening of the earliest of the last `days` business days before the day of `now`. */
export function throughputWindowStart(
  calendar: BusinessCalendar,
  now: Date,
  days = THROUGHPUT_WINDOW_DAYS,
): Date {
  let date = moscowDate(now);
  let found = 0;
  let opening = now;
  for (let walked = 0; found < days && walked < MAX_WALK_DAYS; walked += 1) {
    date = previousDate(date);
    const open = businessHoursOn(calendar, date);
    if (open) {
      found += 1;
      opening = open.start;
    }
  }
  return opening;
}

/**
 * Norm-hours per business day: what was charged in the window over its days once the history of
 * charges covers the whole window, the configured default before (a first small charge would
 * otherwise read as a team that does almost nothing).
 */
export function throughputPerDay(
  chargedInWindow: Decimal,
  defaultPerDay: Decimal,
  historyCoversWindow: boolean,
  days = THROUGHPUT_WINDOW_DAYS,
): Decimal {
  if (!historyCoversWindow) return defaultPerDay;
  if (!chargedInWindow.isPositive() || chargedInWindow.isZero()) return defaultPerDay;
  return chargedInWindow.dividedBy(days);
}

/**
 * Farther than this many business days (about two years) the queue promises no date: the
 * estimate would mean nothing, and laying it on the calendar day by day would hold the server.
 */
export const MAX_PROMISE_DAYS = 500;

/**
 * When work estimated `aheadNormHours` behind the requests in front is expected to start: that
 * many business days of the team's throughput after `now`, counted in business time. With
 * nothing ahead, the next moment the team is at work; null beyond MAX_PROMISE_DAYS.
 */
export function expectedStart(
  calendar: BusinessCalendar,
  now: Date,
  aheadNormHours: Decimal,
  perDay: Decimal,
): Date | null {
  const days = aheadNormHours.dividedBy(perDay);
  if (days.gt(MAX_PROMISE_DAYS)) return null;
  const ms = days.times(FULL_DAY_MS).ceil().toNumber();

  // One millisecond of business time lands just after the next opening (or now, when open).
  const nextAtWork = new Date(addBusinessTime(calendar, now, 1).getTime() - 1);
  return ms > 0 ? addBusinessTime(calendar, nextAtWork, ms) : nextAtWork;
}

/**
 * The expected start of each request of the queue, in its order, from the norm-hours each is
 * estimated at. Each start is laid after the one before, so the calendar is walked once for the
 * whole queue rather than once per request; past MAX_PROMISE_DAYS of work, null.
 */
export function expectedStarts(
  calendar: BusinessCalendar,
  now: Date,
  normHours: readonly Decimal[],
  perDay: Decimal,
): (Date | null)[] {
  const starts: (Date | null)[] = [];
  let ahead = new Decimal(0);
  let start = expectedStart(calendar, now, ahead, perDay);
  for (const hours of normHours) {
    starts.push(start);
    ahead = ahead.plus(hours);
    const promised = !ahead.dividedBy(perDay).gt(MAX_PROMISE_DAYS);
    start = start && promised ? expectedStart(calendar, start, hours, perDay) : null;
  }
  return starts;
}
