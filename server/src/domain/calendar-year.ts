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
  | 'MISSING_PUBLIC_HOLIDAYS';

export interface CalendarYearProblem {
  code: CalendarYearCode;
  /** The position of the day at fault in the list; null when the list as a whole is. */
  index: number | null;
  /** The property of that day at fault; null when the list as a whole is. */
  field: 'date' | 'kind' | 'movedFrom' | null;
  message: string;
}

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
  days.forEach((day, index) => {
    const found = dayProblems(year, day, seen);
    problems.push(...found.map((problem) => ({ ...problem, index })));
    seen.add(day.date);
  });

  const missing = publicHolidays(year).filter((date) => !seen.has(date));
  if (missing.length > 0) {
    const message = `public holidays of art. 112 missing: ${missing.join(', ')}`;
    problems.push(listProblem('MISSING_PUBLIC_HOLIDAYS', message));
  }
  return problems;
}

type DayProblem = Omit<CalendarYearProblem, 'index'>;

function dayProblems(year: number, day: CalendarDay, seen: ReadonlySet<string>): DayProblem[] {
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
  }
  return problems;
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
