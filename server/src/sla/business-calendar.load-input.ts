/**
 * What a manager sends to load a year of the business calendar, tidied and checked before any
 * of it reaches the database: each problem names the input field at fault, such as
 * `days[3].date`, so the payload can say which line of the list to fix.
 */
import type { CalendarDay } from '../domain/business-calendar.js';
import { checkCalendarYear } from '../domain/calendar-year.js';
import { RuleViolation } from '../domain/rule-violation.js';

/** The years the content file may hold too; a load outside them is a typo. */
export const LOADABLE_YEARS = { min: 2000, max: 2100 };
export const MAX_SOURCE_LENGTH = 1000;
export const MAX_NOTE_LENGTH = 500;
/** More entries than days in a year can only repeat a date. */
const MAX_DAYS = 366;

export type LoadDay = CalendarDay & { movedFrom: string | null; note: string | null };

export interface CalendarYearLoad {
  year: number;
  source: string;
  days: LoadDay[];
  /** Replace a year loaded already with other content; refused without it. */
  replace: boolean;
}

/** Blank notes and a blank transfer source mean none; the decree is kept without edge spaces. */
export function trimmed(load: CalendarYearLoad): CalendarYearLoad {
  return {
    ...load,
    source: load.source.trim(),
    days: load.days.map((day) => ({
      date: day.date,
      kind: day.kind,
      movedFrom: day.movedFrom?.trim() || null,
      note: day.note?.trim() || null,
    })),
  };
}

export function loadProblems({ year, source, days }: CalendarYearLoad): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const { min, max } = LOADABLE_YEARS;
  const yearInRange = year >= min && year <= max;
  if (!yearInRange) {
    const message = `A calendar year is between ${min} and ${max}, not ${year}.`;
    problems.push(new RuleViolation('YEAR_OUT_OF_RANGE', 'year', message));
  }

  if (source.length === 0) {
    problems.push(new RuleViolation('SOURCE_REQUIRED', 'source', 'Cite the decree of the year.'));
  } else if (source.length > MAX_SOURCE_LENGTH) {
    const message = `A source has at most ${MAX_SOURCE_LENGTH} characters.`;
    problems.push(new RuleViolation('TOO_LONG', 'source', message));
  }

  if (days.length > MAX_DAYS) {
    const message = `A year has at most ${MAX_DAYS} days; ${days.length} were listed.`;
    return [...problems, new RuleViolation('TOO_MANY_DAYS', 'days', message)];
  }
  days.forEach(({ note }, index) => {
    if (note && note.length > MAX_NOTE_LENGTH) {
      const message = `A note has at most ${MAX_NOTE_LENGTH} characters.`;
      problems.push(new RuleViolation('TOO_LONG', `days[${index}].note`, message));
    }
  });
  // Out of range, every date would be "not in the year": the one problem above says it all.
  if (!yearInRange) return problems;

  const dayProblems = checkCalendarYear(year, days).map(({ code, index, field, message }) => {
    const path = index === null ? 'days' : `days[${index}].${field}`;
    return new RuleViolation(code, path, message);
  });
  return [...problems, ...dayProblems];
}
