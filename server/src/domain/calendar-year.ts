/**
 * Whether one year's dated exceptions make a sound, whole year before any of it is stored: every
 * date real, in the year and listed once, every kind possible on its weekday, and every public
 * holiday of art. 112 listed, so that no year counts as known with half its days off missing.
 * The content file and a manager's load go through the same check.
 */
import { DateTime } from 'luxon';

import { CALENDAR_ZONE, isWeekend, type CalendarDay } from './business-calendar.js';

/** Art. 112 of the Labour Code: the public holidays of every year, as "MM-DD". */
const PUBLIC_HOLIDAYS = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `01-${day}`),
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
];

export type CalendarYearCode =
  | 'NO_DAYS'
  | 'INVALID_DATE'
  | 'DATE_OUTSIDE_YEAR'
  | 'DUPLICATE_DATE'
  | 'KIND_CONTRADICTS_WEEK'
  | 'KIND_CONTRADICTS_HOLIDAY'
  | 'MOVED_FROM_NOT_TRANSFER'
  | 'MOVED_FROM_NOT_WEEKEND'
  | 'MOVED_FROM_TWICE'
  | 'MISSING_PUBLIC_HOLIDAYS'
  | 'TOO_FEW_BUSINESS_DAYS';

export interface CalendarYearProblem {
  code: CalendarYearCode;
  /** The position of the day at fault in the list; null when the list as a whole is. */
  index: number | null;
  /** The property of that day at fault; null when the list as a whole is. */
  field: 'date' | 'kind' | 'movedFrom' | null;
  message: string;
}

/**
 * Russian years have about 247 business days; far fewer means days typed as off by mistake, and
 * every deadline of the year would jump ahead.
 */
export const MIN_BUSINESS_DAYS = 200;

/** The public holidays of art. 112 in `year`, as ISO dates in calendar order. */
export function publicHolidays(year: number): string[] {
  return PUBLIC_HOLIDAYS.map((monthDay) => `${year}-${monthDay}`);
}

/** Every problem of one year's dated exceptions, in the order of the list; empty if none. */
export function checkCalendarYear(
  year: number,
  days: readonly CalendarDay[],
): CalendarYearProblem[] {
  if (days.length === 0) {
    return [listProblem('NO_DAYS', `${year} lists no days: at least its public holidays`)];
  }

  const problems: CalendarYearProblem[] = [];
  const seen = new Set<string>();
  const movedFrom = new Set<string>();
  days.forEach((day, index) => {
    const found = dayProblems(year, day, seen, movedFrom);
    problems.push(...found.map((problem) => ({ ...problem, index })));
    seen.add(day.date);
    if (day.movedFrom) movedFrom.add(day.movedFrom);
  });

  const missing = publicHolidays(year).filter((date) => !seen.has(date));
  if (missing.length > 0) {
    const message = `public holidays of art. 112 missing: ${missing.join(', ')}`;
    problems.push(listProblem('MISSING_PUBLIC_HOLIDAYS', message));
  }
  problems.push(...unworkedShortDays(days, movedFrom));
  const businessDays = businessDaysIn(year, days);
  if (problems.length === 0 && businessDays < MIN_BUSINESS_DAYS) {
    const message = `${year} would have ${businessDays} business days, < ${MIN_BUSINESS_DAYS}`;
    problems.push(listProblem('TOO_FEW_BUSINESS_DAYS', message));
  }
  return problems;
}

/**
 * A weekend day is shortened only when a decree makes it worked: some day off is moved from it
 * (as Saturday 1 November 2025 was). Any other short weekend day would open the office on it.
 */
function unworkedShortDays(
  days: readonly CalendarDay[],
  movedFrom: ReadonlySet<string>,
): CalendarYearProblem[] {
  return days.flatMap((day, index) =>
    day.kind === 'SHORTENED_DAY' &&
    isDate(day.date) &&
    isWeekend(day.date) &&
    !movedFrom.has(day.date)
      ? [
          {
            code: 'KIND_CONTRADICTS_WEEK' as const,
            index,
            field: 'kind' as const,
            message: `${day.date} is a weekend day no day off is moved from: it is not worked`,
          },
        ]
      : [],
  );
}

/** Weekdays not off, plus weekend days worked. */
function businessDaysIn(year: number, days: readonly CalendarDay[]): number {
  const kindOf = new Map(days.map((day) => [day.date, day.kind]));
  let count = 0;
  const last = DateTime.fromObject({ year, month: 12, day: 31 }, { zone: CALENDAR_ZONE });
  for (let date = last.startOf('year'); date <= last; date = date.plus({ days: 1 })) {
    const kind = kindOf.get(date.toISODate()!);
    const worked = kind === 'WORKING_DAY' || kind === 'SHORTENED_DAY';
    const off = kind === 'HOLIDAY' || kind === 'TRANSFERRED_DAY_OFF';
    if (worked || (date.weekday < 6 && !off)) count += 1;
  }
  return count;
}

type DayProblem = Omit<CalendarYearProblem, 'index'>;

function dayProblems(
  year: number,
  day: CalendarDay,
  seen: ReadonlySet<string>,
  movedBefore: ReadonlySet<string>,
): DayProblem[] {
  const { date, kind, movedFrom } = day;
  if (!isDate(date)) return [problem('INVALID_DATE', 'date', `${date} is not a date`)];

  const problems: DayProblem[] = [];
  if (!date.startsWith(`${year}-`)) {
    problems.push(problem('DATE_OUTSIDE_YEAR', 'date', `${date} is not in ${year}`));
  }
  if (seen.has(date)) problems.push(problem('DUPLICATE_DATE', 'date', `${date} appears twice`));

  if (kind === 'WORKING_DAY' && !isWeekend(date)) {
    const message = `${date} is a weekday: it is a working day without an entry`;
    problems.push(problem('KIND_CONTRADICTS_WEEK', 'kind', message));
  }
  if (kind === 'HOLIDAY' && !PUBLIC_HOLIDAYS.includes(date.slice(5))) {
    const message =
      `${date} is not a public holiday of art. 112: a day off by decree is ` +
      'TRANSFERRED_DAY_OFF, with the day it is moved from';
    problems.push(problem('KIND_CONTRADICTS_HOLIDAY', 'kind', message));
  }
  if (kind === 'TRANSFERRED_DAY_OFF' && isWeekend(date)) {
    const message = `${date} is a weekend day: a day off cannot be transferred onto it`;
    problems.push(problem('KIND_CONTRADICTS_WEEK', 'kind', message));
  }
  if (kind !== 'HOLIDAY' && publicHolidays(year).includes(date)) {
    const message = `${date} is a public holiday of art. 112: its kind is HOLIDAY`;
    problems.push(problem('KIND_CONTRADICTS_HOLIDAY', 'kind', message));
  }

  if (movedFrom && kind !== 'TRANSFERRED_DAY_OFF') {
    const message = `${date}: only a day off by transfer is moved from another day`;
    problems.push(problem('MOVED_FROM_NOT_TRANSFER', 'movedFrom', message));
  } else if (movedFrom && !isDate(movedFrom)) {
    problems.push(problem('INVALID_DATE', 'movedFrom', `${movedFrom} is not a date`));
  } else if (movedFrom) {
    problems.push(...movedFromProblems(year, date, movedFrom, movedBefore));
  }
  return problems;
}

/** A decree moves a weekend day off (a holiday on a weekend included), near the year, once. */
function movedFromProblems(
  year: number,
  date: string,
  movedFrom: string,
  movedBefore: ReadonlySet<string>,
): DayProblem[] {
  const movedYear = Number(movedFrom.slice(0, 4));
  if (!isWeekend(movedFrom) || Math.abs(movedYear - year) > 1) {
    const message = `${date}: a day off is moved from a weekend day of ${year} or next to it`;
    return [problem('MOVED_FROM_NOT_WEEKEND', 'movedFrom', message)];
  }
  if (movedBefore.has(movedFrom)) {
    return [problem('MOVED_FROM_TWICE', 'movedFrom', `${movedFrom} is moved twice`)];
  }
  return [];
}

function isDate(text: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(text) && DateTime.fromISO(text, { zone: CALENDAR_ZONE }).isValid;
}

function problem(code: CalendarYearCode, field: DayProblem['field'], message: string): DayProblem {
  return { code, field, message };
}

function listProblem(code: CalendarYearCode, message: string): CalendarYearProblem {
  return { code, index: null, field: null, message };
}
