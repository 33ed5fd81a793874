import { describe, expect, it } from 'vitest';

import {
  businessHoursOn,
  isBusinessDay,
  isCalendarKnown,
  minutesOfClock,
  moscowDate,
} from './business-calendar.js';
import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

describe('business days', () => {
  it.each([
    ['a Wednesday', '2025-05-07', true],
    ['a Saturday', '2025-05-10', false],
    ['a holiday (Victory Day)', '2025-05-09', false],
    ['a day off moved from 23 February', '2025-05-08', false],
    ['the working Saturday 1.11.2025', '2025-11-01', true],
    ['Monday 3.11.2025, off in its place', '2025-11-03', false],
    ['31.12.2025, off by transfer', '2025-12-31', false],
    ['Friday 9.01.2026, off by transfer', '2026-01-09', false],
    ['Monday 12.01.2026, the first working day of 2026', '2026-01-12', true],
    ['a shortened day', '2026-04-30', true],
  ])('%s: %s is %s', (_, date, expected) => {
    expect(isBusinessDay(CALENDAR, date)).toBe(expected);
  });

  it('follows the weekly pattern alone in a year without data', () => {
    expect(isBusinessDay(CALENDAR, '2027-01-01')).toBe(true);
    expect(isBusinessDay(CALENDAR, '2027-01-02')).toBe(false);
  });
});

describe('business hours', () => {
  it('are [10:00, 18:00) Moscow on a business day', () => {
    expect(businessHoursOn(CALENDAR, '2025-10-27')).toEqual({
      start: new Date('2025-10-27T07:00:00Z'),
      end: new Date('2025-10-27T15:00:00Z'),
    });
  });

  it('close at 17:00 on a shortened day, a working Saturday included', () => {
    expect(businessHoursOn(CALENDAR, '2026-04-30')?.end).toEqual(msk('2026-04-30T17:00'));
    expect(businessHoursOn(CALENDAR, '2025-11-01')?.end).toEqual(msk('2025-11-01T17:00'));
  });

  it('are none on a day off', () => {
    expect(businessHoursOn(CALENDAR, '2026-01-05')).toBeNull();
  });
});

describe('the Moscow date of an instant', () => {
  it('is the date on the wall in Moscow, not in UTC', () => {
    expect(moscowDate(new Date('2025-05-07T21:30:00Z'))).toBe('2025-05-08');
    expect(moscowDate(new Date('2025-05-07T20:59:59Z'))).toBe('2025-05-07');
  });
});

describe('whether the calendar is known', () => {
  it('is true only when every year touched has data', () => {
    expect(isCalendarKnown(CALENDAR, msk('2025-12-30T12:00'), msk('2026-01-14T18:00'))).toBe(true);
    expect(isCalendarKnown(CALENDAR, msk('2026-12-30T12:00'), msk('2027-01-04T18:00'))).toBe(false);
    expect(isCalendarKnown(CALENDAR, msk('2024-12-30T12:00'), msk('2025-01-09T18:00'))).toBe(false);
  });
});

describe('a time of day', () => {
  it('is read as minutes after midnight, and nothing else is', () => {
    expect(minutesOfClock('10:00')).toBe(600);
    expect(minutesOfClock('24:00')).toBe(1440);
    expect(() => minutesOfClock('9:00')).toThrow(RangeError);
    expect(() => minutesOfClock('10:60')).toThrow(RangeError);
  });
});
