/**
 * What the property tests of deadlines share: the deadlines of a computation as named instants,
 * whether an instant falls within business hours, and a seeded generator to replay a failure.
 */
import { businessHoursOn, moscowDate, type BusinessCalendar } from './business-calendar.js';
import type { ServiceLevelDeadlines } from './service-levels.js';

type Deadlines = Pick<
  ServiceLevelDeadlines,
  'firstResponseDue' | 'firstResponseUsual' | 'resolutionDueEarliest' | 'resolutionDueLatest'
>;

/** The deadlines that are set, by name. */
export function deadlineInstants(due: Deadlines): Record<string, Date> {
  const { firstResponseDue, firstResponseUsual, resolutionDueEarliest, resolutionDueLatest } = due;
  const all = { firstResponseDue, firstResponseUsual, resolutionDueEarliest, resolutionDueLatest };
  const set = Object.entries(all).filter((entry): entry is [string, Date] => entry[1] !== null);
  return Object.fromEntries(set);
}

/** After opening and at or before closing of a business day: a deadline may end at closing. */
export function withinBusinessHours(calendar: BusinessCalendar, at: Date): boolean {
  const open = businessHoursOn(calendar, moscowDate(at));
  return open !== null && at > open.start && at <= open.end;
}

/** mulberry32: a small deterministic generator, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
