import { describe, expect, it } from 'vitest';

import type { CalendarDay } from './business-calendar.js';
import { checkCalendarYear, publicHolidays } from './calendar-year.js';

const holiday = (date: string): CalendarDay => ({ date, kind: 'HOLIDAY' });

/** The public holidays of 2027, the least any year lists. */
const HOLIDAYS_2027 = publicHolidays(2027).map(holiday);

/** 2027's holidays with `days` added after them, as a manager might send them. */
const with2027 = (...days: CalendarDay[]) => [...HOLIDAYS_2027, ...days];

const codesOf = (days: CalendarDay[]) =>
  checkCalendarYear(2027, days).map(({ code, index, field }) => [code, index, field]);

describe('the public holidays of art. 112', () => {
  it('are the same fourteen dates every year', () => {
    expect(publicHolidays(2027)).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `2027-01-${day}`),
      '2027-02-23',
      '2027-03-08',
      '2027-05-01',
      '2027-05-09',
      '2027-06-12',
      '2027-11-04',
    ]);
  });
});

describe('checking a year of dated exceptions', () => {
  it('accepts a sound year', () => {
    expect(
      checkCalendarYear(
        2027,
        with2027(
          { date: '2027-05-10', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-05-09' },
          { date: '2027-11-03', kind: 'SHORTENED_DAY' },
          { date: '2027-12-31', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-01-02' },
        ),
      ),
    ).toEqual([]);
  });

  it('refuses what no decree makes: short weekends, other holidays, odd transfers', () => {
    expect(
      codesOf(
        with2027(
          { date: '2027-01-10', kind: 'SHORTENED_DAY' },
          { date: '2027-01-12', kind: 'HOLIDAY' },
          { date: '2027-05-10', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-05-12' },
          { date: '2027-05-11', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2031-01-04' },
          { date: '2027-06-14', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-06-12' },
          { date: '2027-06-15', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-06-12' },
        ),
      ),
    ).toEqual([
      ['KIND_CONTRADICTS_HOLIDAY', 15, 'kind'],
      ['MOVED_FROM_NOT_WEEKEND', 16, 'movedFrom'],
      ['MOVED_FROM_NOT_WEEKEND', 17, 'movedFrom'],
      ['MOVED_FROM_TWICE', 19, 'movedFrom'],
      ['KIND_CONTRADICTS_WEEK', 14, 'kind'],
    ]);
  });

  it('refuses a year with hardly a business day left', () => {
    const weekdays: CalendarDay[] = [];
    for (let day = 1; day <= 31; day += 1) {
      for (const month of ['02', '03', '04', '05', '06', '07']) {
        const date = `2027-${month}-${String(day).padStart(2, '0')}`;
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        const real = !Number.isNaN(Date.parse(`${date}T12:00:00Z`)) && date.slice(8) <= '28';
        if (real && weekday >= 1 && weekday <= 5 && !publicHolidays(2027).includes(date)) {
          weekdays.push({ date, kind: 'TRANSFERRED_DAY_OFF' });
        }
      }
    }
    expect(codesOf(with2027(...weekdays)).map(([code]) => code)).toEqual(['TOO_FEW_BUSINESS_DAYS']);
  });

  it('refuses an empty year with one problem for the list', () => {
    expect(codesOf([])).toEqual([['NO_DAYS', null, null]]);
  });

  it('names a year with its public holidays missing, each of them', () => {
    const [problem, ...rest] = checkCalendarYear(2027, HOLIDAYS_2027.slice(0, 8));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'MISSING_PUBLIC_HOLIDAYS', index: null, field: null });
    expect(problem!.message).toMatch(/2027-02-23, 2027-03-08, .*2027-11-04$/);
  });

  it.each([
    ['a duplicate', [holiday('2027-01-01')], 'DUPLICATE_DATE', /twice/],
    ['a date of another year', [holiday('2026-01-01')], 'DATE_OUTSIDE_YEAR', /not in 2027/],
    ['no such date', [holiday('2027-02-30')], 'INVALID_DATE', /not a date/],
    ['not an ISO date', [holiday('01.01.2027')], 'INVALID_DATE', /not a date/],
  ])('names %s by the position of the day', (_, extra, code, message) => {
    const [problem, ...rest] = checkCalendarYear(2027, with2027(...extra));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code, index: 14, field: 'date' });
    expect(problem!.message).toMatch(message);
  });

  it('refuses kinds the week or the Labour Code contradict, and a stray movedFrom', () => {
    expect(
      codesOf(
        with2027(
          { date: '2027-03-03', kind: 'WORKING_DAY' },
          { date: '2027-03-06', kind: 'TRANSFERRED_DAY_OFF' },
          { date: '2027-03-09', kind: 'SHORTENED_DAY', movedFrom: '2027-03-07' },
        ),
      ),
    ).toEqual([
      ['KIND_CONTRADICTS_WEEK', 14, 'kind'],
      ['KIND_CONTRADICTS_WEEK', 15, 'kind'],
      ['MOVED_FROM_NOT_TRANSFER', 16, 'movedFrom'],
    ]);
  });

  it('keeps a public holiday a holiday', () => {
    const days = with2027();
    days[9] = { date: '2027-03-08', kind: 'SHORTENED_DAY' };
    expect(codesOf(days)).toEqual([['KIND_CONTRADICTS_HOLIDAY', 9, 'kind']]);
  });

  it('refuses a transfer from a day that does not exist', () => {
    const transfer: CalendarDay = {
      date: '2027-05-10',
      kind: 'TRANSFERRED_DAY_OFF',
      movedFrom: '2027-02-29',
    };
    expect(codesOf(with2027(transfer))).toEqual([['INVALID_DATE', 14, 'movedFrom']]);
  });
});
