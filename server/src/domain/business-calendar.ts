/**
 * The Moscow business calendar: a weekly pattern (Monday to Friday working) overlaid with dated
 * exceptions from the Labour Code and the government's transfer decrees. Everything here is in
 * Europe/Moscow, whatever the time zone of the process.
 */
import { DateTime } from 'luxon';

export const CALENDAR_ZONE = 'Europe/Moscow';

export const DAY_KINDS = [
  'HOLIDAY',
  'TRANSFERRED_DAY_OFF',
  'WORKING_DAY',
  'SHORTENED_DAY',
] as const;

/**
 * HOLIDAY: a public holiday of art. 112; TRANSFERRED_DAY_OFF: a weekday off by transfer;
 * WORKING_DAY: a Saturday or Sunday worked by transfer; SHORTENED_DAY: a working day one hour
 * shorter (a pre-holiday day, or a working Saturday standing in for one).
 */
export type DayKind = (typeof DAY_KINDS)[number];

export interface CalendarDay {
  /** ISO date, "2025-05-08". */
  date: string;
  kind: DayKind;
  /** For a day off by transfer: the day off it replaces (a weekend day or a holiday). */
  movedFrom?: string | null;
}

/** A business calendar: dated exceptions over the weekly pattern, and the years they cover. */
export interface BusinessCalendar {
  readonly exceptions: ReadonlyMap<string, DayKind>;
  readonly knownYears: ReadonlySet<number>;
}

/** Opening and closing as minutes after midnight, Moscow time. */
export interface DailyHours {
  opens: number;
  closes: number;
}

/** A span of time between two instants, `end` excluded. */
export interface Interval {
  start: Date;
  end: Date;
}

/** Business hours of the second and third lines: [10:00, 18:00). */
export const BUSINESS_HOURS: DailyHours = { opens: 10 * 60, closes: 18 * 60 };

/** Art. 95 of the Labour Code: a pre-holiday working day is one hour shorter. */
const SHORTENED_BY_MINUTES = 60;

const SATURDAY = 6;

export function businessCalendar(
  days: readonly CalendarDay[],
  years: Iterable<number>,
): BusinessCalendar {
  return {
    exceptions: new Map(days.map((day) => [day.date, day.kind])),
    knownYears: new Set(years),
  };
}

/** A calendar that knows no year: the weekly pattern alone. */
export const WEEKLY_PATTERN_ONLY: BusinessCalendar = businessCalendar([], []);

/** The Moscow date of an instant, "2025-05-07". */
export function moscowDate(instant: Date): string {
  return inMoscow(instant).toISODate()!;
}

/** The date after `date`. */
export function nextDate(date: string): string {
  return dayFacts(date).next;
}

/** The date before `date`. */
export function previousDate(date: string): string {
  return dayFacts(date).previous;
}

export function isWeekend(date: string): boolean {
  return dayFacts(date).weekday >= SATURDAY;
}

export function isBusinessDay(calendar: BusinessCalendar, date: string): boolean {
  const kind = calendar.exceptions.get(date);
  if (kind === 'HOLIDAY' || kind === 'TRANSFERRED_DAY_OFF') return false;
  if (kind === 'WORKING_DAY' || kind === 'SHORTENED_DAY') return true;
  return !isWeekend(date);
}

export function isShortenedDay(calendar: BusinessCalendar, date: string): boolean {
  return calendar.exceptions.get(date) === 'SHORTENED_DAY';
}

/**
 * The open hours of a business day as instants, closing one hour early on a shortened day;
 * null on a day off.
 */
export function businessHoursOn(
  calendar: BusinessCalendar,
  date: string,
  hours: DailyHours = BUSINESS_HOURS,
): Interval | null {
  if (!isBusinessDay(calendar, date)) return null;

  const closes = hours.closes - (isShortenedDay(calendar, date) ? SHORTENED_BY_MINUTES : 0);
  return hoursOn(date, { opens: hours.opens, closes });
}

/** The given hours on any date, as instants. */
export function hoursOn(date: string, hours: DailyHours): Interval {
  const day = dayFacts(date);
  return { start: wallClock(day, hours.opens), end: wallClock(day, hours.closes) };
}

/** The instant of a wall-clock time, so a day with a clock change still opens at 10:00. */
function wallClock(day: DayFacts, minutes: number): Date {
  let ms = day.wallClock.get(minutes);
  if (ms === undefined) {
    const at =
      minutes === 24 * 60
        ? day.midnight.plus({ days: 1 })
        : day.midnight.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
    ms = at.toMillis();
    day.wallClock.set(minutes, ms);
  }
  return new Date(ms);
}

/** True when every year from `from` to `to` has its dated exceptions loaded. */
export function isCalendarKnown(calendar: BusinessCalendar, from: Date, to: Date): boolean {
  const last = inMoscow(to).year;
  for (let year = inMoscow(from).year; year <= last; year += 1) {
    if (!calendar.knownYears.has(year)) return false;
  }
  return true;
}

/** "10:00" as 600 minutes after midnight. */
export function minutesOfClock(clock: string): number {
  const match = /^([0-2]\d):([0-5]\d)$/.exec(clock);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : null;
  if (minutes === null || minutes > 24 * 60) {
    throw new RangeError(`a time of day is "HH:MM", got "${clock}"`);
  }
  return minutes;
}

function inMoscow(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: CALENDAR_ZONE });
}

/** What the time-zone database says about one date: asked once, as it never changes. */
interface DayFacts {
  midnight: DateTime;
  weekday: number;
  next: string;
  previous: string;
  /** Instants of wall-clock times that day, by minutes after midnight. */
  wallClock: Map<number, number>;
}

/**
 * Walking day by day through the time-zone database costs a deadline milliseconds; the dates a
 * server meets are few, so each is worked out once. The bound only keeps odd input from
 * growing the cache without end.
 */
const DAY_FACTS = new Map<string, DayFacts>();
const DAY_FACTS_LIMIT = 50_000;

function dayFacts(date: string): DayFacts {
  let facts = DAY_FACTS.get(date);
  if (!facts) {
    const midnight = dateAt(date);
    facts = {
      midnight,
      weekday: midnight.weekday,
      next: midnight.plus({ days: 1 }).toISODate()!,
      previous: midnight.minus({ days: 1 }).toISODate()!,
      wallClock: new Map(),
    };
    if (DAY_FACTS.size >= DAY_FACTS_LIMIT) DAY_FACTS.clear();
    DAY_FACTS.set(date, facts);
  }
  return facts;
}

function dateAt(date: string): DateTime {
  const parsed = DateTime.fromISO(date, { zone: CALENDAR_ZONE });
  if (!parsed.isValid) throw new RangeError(`not an ISO date: "${date}"`);
  return parsed;
}
