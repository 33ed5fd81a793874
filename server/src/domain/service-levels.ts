/**
 * Service-level deadlines of the three support lines (DESIGN.md, "Service levels"): line 1 in
 * clock hours, lines 2 and 3 in full business days on the Moscow calendar, each moved by the
 * time the request spent waiting on the customer.
 */
import { isCalendarKnown, type BusinessCalendar, type Interval } from './business-calendar.js';
import { addBusinessTime, businessTimeBetween, endOfBusinessDays } from './business-time.js';

export const SUPPORT_LEVELS = [1, 2, 3] as const;

export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/** How long a deadline runs from submission: clock time, or full business days. */
export type Span = { clockHours: number } | { businessDays: number };

/** A time the request waited on the customer; `end` is null while it still waits. */
export interface Pause {
  start: Date;
  end: Date | null;
}

export interface PauseOptions {
  pauses?: readonly Pause[];
  /** Where an open pause ends for now; required when a pause is open. */
  now?: Date;
}

/** The deadlines of a request; null where its line sets none. */
export interface ServiceLevelDeadlines {
  firstResponseDue: Date;
  /** Line 3: when the first response usually comes (end of the 1st business day). */
  firstResponseUsual: Date | null;
  resolutionDueEarliest: Date | null;
  /** The deadline that counts for a breach of the resolution. */
  resolutionDueLatest: Date | null;
  /** False when a year the computation touched had no calendar: weekly pattern only. */
  calendarKnown: boolean;
  /** Paused time so far: business time on lines 2-3, clock time on line 1, in ms. */
  pausedMs: number;
  /** True while a pause is open: the deadlines keep moving until it ends. */
  paused: boolean;
}

const HOUR_MS = 3_600_000;

/** Line 1: 24 clock hours, any day (DESIGN's decision). */
const LINE_1_SPAN: Span = { clockHours: 24 };
const FIRST_DAY: Span = { businessDays: 1 };
const THIRD_DAY: Span = { businessDays: 3 };

export function isSupportLevel(value: number): value is SupportLevel {
  return (SUPPORT_LEVELS as readonly number[]).includes(value);
}

/** The deadlines of a request on `level` submitted at `submittedAt`, moved by its pauses. */
export function serviceLevelDeadlines(
  calendar: BusinessCalendar,
  level: SupportLevel,
  submittedAt: Date,
  options: PauseOptions = {},
): ServiceLevelDeadlines {
  const due = (span: Span) => dueAfter(calendar, span, submittedAt, options);
  const pauses = closedPauses(submittedAt, options);

  if (level === 1) {
    const inDay = due(LINE_1_SPAN);
    return {
      ...deadlines(inDay, null, inDay, inDay),
      calendarKnown: true,
      pausedMs: sum(pauses.map(clockLength)),
      paused: isPaused(options),
    };
  }

  const first = due(FIRST_DAY);
  const third = due(THIRD_DAY);
  const lastInstant = new Date(Math.max(third.getTime(), ...pauses.map((p) => p.end.getTime())));

  return {
    ...(level === 2 ? deadlines(first, null, first, third) : deadlines(third, first, null, null)),
    calendarKnown: isCalendarKnown(calendar, submittedAt, lastInstant),
    pausedMs: sum(pauses.map((p) => businessTimeBetween(calendar, p.start, p.end))),
    paused: isPaused(options),
  };
}

/**
 * The instant a span from `submittedAt` runs out when the clock stops during each pause. A pause
 * moves the deadline by its business time (clock time for a clock span); a pause that begins
 * once the deadline has passed moves nothing, as the time had already run out.
 */
export function dueAfter(
  calendar: BusinessCalendar,
  span: Span,
  submittedAt: Date,
  options: PauseOptions = {},
): Date {
  let due =
    'clockHours' in span
      ? new Date(submittedAt.getTime() + span.clockHours * HOUR_MS)
      : endOfBusinessDays(calendar, submittedAt, span.businessDays);

  for (const pause of closedPauses(submittedAt, options)) {
    if (pause.start >= due) break;
    due =
      'clockHours' in span
        ? new Date(due.getTime() + clockLength(pause))
        : addBusinessTime(calendar, due, businessTimeBetween(calendar, pause.start, pause.end));
  }
  return due;
}

/**
 * The pauses as closed intervals after submission, in order, overlapping ones merged so no time
 * counts twice; an open pause ends at `now`.
 */
function closedPauses(submittedAt: Date, { pauses = [], now }: PauseOptions): Interval[] {
  const open = pauses.filter((pause) => pause.end === null);
  if (open.length > 1) throw new RangeError('a request waits in one pause at a time');
  if (open.length === 1 && !now) throw new RangeError('an open pause needs `now` to end it');

  const clipped = pauses
    .map((pause) => ({
      start: later(pause.start, submittedAt),
      end: pause.end ?? later(now!, pause.start),
    }))
    .filter((pause) => pause.end > pause.start)
    .sort((a, b) => a.start.getTime() - b.start.getTime());

  return clipped.reduce<Interval[]>((merged, pause) => {
    const last = merged[merged.length - 1];
    if (last && pause.start <= last.end) last.end = later(last.end, pause.end);
    else merged.push({ ...pause });
    return merged;
  }, []);
}

function deadlines(
  firstResponseDue: Date,
  firstResponseUsual: Date | null,
  resolutionDueEarliest: Date | null,
  resolutionDueLatest: Date | null,
) {
  return { firstResponseDue, firstResponseUsual, resolutionDueEarliest, resolutionDueLatest };
}

function isPaused({ pauses = [] }: PauseOptions): boolean {
  return pauses.some((pause) => pause.end === null);
}

function clockLength(pause: Interval): number {
  return pause.end.getTime() - pause.start.getTime();
}

function later(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
