import { describe, expect, it } from 'vitest';

import { publicHolidays } from '../domain/calendar-year.js';
import { loadProblems, trimmed, type CalendarYearLoad } from './business-calendar.load-input.js';

const HOLIDAYS = publicHolidays(2027).map((date) => ({
  date,
  kind: 'HOLIDAY' as const,
  movedFrom: null,
  note: null,
}));

const load = (fields: Partial<CalendarYearLoad> = {}): CalendarYearLoad => ({
  year: 2027,
  source: 'Постановление № 1',
  days: HOLIDAYS,
  replace: false,
  ...fields,
});

const problemsOf = (fields: Partial<CalendarYearLoad>) =>
  loadProblems(trimmed(load(fields))).map(({ code, field }) => [code, field]);

describe('a manager\u2019s load of a year', () => {
  it('passes with the public holidays and a decree', () => {
    expect(loadProblems(load())).toEqual([]);
  });

  it('reads blank notes and transfer sources as none, and trims the decree', () => {
    const day = { ...HOLIDAYS[0]!, movedFrom: ' ', note: '  ' };
    expect(trimmed(load({ source: ' № 1 ', days: [day] }))).toMatchObject({
      source: '№ 1',
      days: [{ date: '2027-01-01', kind: 'HOLIDAY', movedFrom: null, note: null }],
    });
  });

  it('names the day at fault by its place in the list', () => {
    const days = [...HOLIDAYS, { ...HOLIDAYS[3]! }];
    expect(problemsOf({ days })).toEqual([['DUPLICATE_DATE', 'days[14].date']]);
  });

  it('refuses a blank or overlong decree and an overlong note', () => {
    const days = [{ ...HOLIDAYS[0]!, note: 'x'.repeat(501) }, ...HOLIDAYS.slice(1)];
    expect(problemsOf({ source: '   ', days })).toEqual([
      ['SOURCE_REQUIRED', 'source'],
      ['TOO_LONG', 'days[0].note'],
    ]);
    expect(problemsOf({ source: 'x'.repeat(1001) })).toEqual([['TOO_LONG', 'source']]);
  });

  it('says once that a year is out of range, not once a day', () => {
    expect(problemsOf({ year: 1999 })).toEqual([['YEAR_OUT_OF_RANGE', 'year']]);
  });

  it('refuses an empty list and one longer than any year', () => {
    expect(problemsOf({ days: [] })).toEqual([['NO_DAYS', 'days']]);
    const days = Array.from({ length: 367 }, () => HOLIDAYS[0]!);
    expect(problemsOf({ days })).toEqual([['TOO_MANY_DAYS', 'days']]);
  });
});
