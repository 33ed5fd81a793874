import { describe, expect, it } from 'vitest';

import { addBusinessTime, businessTimeBetween, endOfBusinessDays } from './business-time.js';
import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

const HOUR = 3_600_000;

const ends = (submitted: string, n: number) =>
  endOfBusinessDays(CALENDAR, msk(submitted), n).toISOString();

describe('C1: after hours, across holidays', () => {
  it('Wed 07.05.2025 21:00: one full business day ends Mon 12.05 18:00 (15:00Z)', () => {
    // 8 May is off (moved from 23 February), 9 May a holiday, 10-11 May the weekend.
    expect(ends('2025-05-07T21:00', 1)).toBe('2025-05-12T15:00:00.000Z');
  });

  it('Wed 07.05.2025 21:00: three full business days end Wed 14.05 18:00', () => {
    expect(ends('2025-05-07T21:00', 3)).toBe(msk('2025-05-14T18:00').toISOString());
  });

  it('Fri 24.10.2025 19:30: one full business day ends Mon 27.10 18:00 = 15:00Z', () => {
    expect(ends('2025-10-24T19:30', 1)).toBe('2025-10-27T15:00:00.000Z');
  });
});

describe('the edges of a business day (Mon 15.09.2025)', () => {
  it('09:59:59, before opening, counts that day: one day ends the same day at 18:00', () => {
    expect(ends('2025-09-15T09:59:59', 1)).toBe(msk('2025-09-15T18:00').toISOString());
  });

  it('10:00:00, at opening, does not: the day is no longer whole', () => {
    expect(ends('2025-09-15T10:00', 1)).toBe(msk('2025-09-16T18:00').toISOString());
    expect(ends('2025-09-15T10:00', 2)).toBe(msk('2025-09-17T18:00').toISOString());
  });

  it('17:59:59, the last second open, counts from the next day', () => {
    expect(ends('2025-09-15T17:59:59', 1)).toBe(msk('2025-09-16T18:00').toISOString());
  });

  it('18:00:00, at closing, counts from the next day too', () => {
    expect(ends('2025-09-15T18:00', 1)).toBe(msk('2025-09-16T18:00').toISOString());
    expect(ends('2025-09-15T18:00', 3)).toBe(msk('2025-09-18T18:00').toISOString());
  });

  it('a Friday evening counts from Monday', () => {
    expect(ends('2025-09-19T18:00', 1)).toBe(msk('2025-09-22T18:00').toISOString());
  });
});

describe('across the New Year holidays 2026 (31.12.2025-11.01.2026 off)', () => {
  it('Tue 30.12.2025 12:00: the first full day is Mon 12.01.2026', () => {
    expect(ends('2025-12-30T12:00', 1)).toBe(msk('2026-01-12T18:00').toISOString());
    expect(ends('2025-12-30T12:00', 3)).toBe(msk('2026-01-14T18:00').toISOString());
  });

  it('Mon 29.12.2025 09:00 counts Monday and Tuesday, then 12.01.2026', () => {
    expect(ends('2025-12-29T09:00', 2)).toBe(msk('2025-12-30T18:00').toISOString());
    expect(ends('2025-12-29T09:00', 3)).toBe(msk('2026-01-12T18:00').toISOString());
  });

  it('a request filed on a holiday before opening does not count the holiday', () => {
    expect(ends('2026-01-05T08:00', 1)).toBe(msk('2026-01-12T18:00').toISOString());
  });
});

describe('a shortened day closes at 17:00', () => {
  it('Wed 29.04.2026 12:00: the first day is Thu 30.04 until 17:00, the third Tue 05.05', () => {
    expect(ends('2026-04-29T12:00', 1)).toBe(msk('2026-04-30T17:00').toISOString());
    expect(ends('2026-04-29T12:00', 3)).toBe(msk('2026-05-05T18:00').toISOString());
  });

  it('filed on the shortened day before opening, it counts that day', () => {
    expect(ends('2026-04-30T09:30', 1)).toBe(msk('2026-04-30T17:00').toISOString());
  });
});

describe('the working Saturday 01.11.2025 (shortened; Mon 3.11 off, Tue 4.11 a holiday)', () => {
  it('Fri 31.10 12:00: the first day is that Saturday until 17:00, the second Wed 05.11', () => {
    expect(ends('2025-10-31T12:00', 1)).toBe(msk('2025-11-01T17:00').toISOString());
    expect(ends('2025-10-31T12:00', 2)).toBe(msk('2025-11-05T18:00').toISOString());
  });

  it('filed on the Saturday before opening, it counts the Saturday', () => {
    expect(ends('2025-11-01T09:00', 1)).toBe(msk('2025-11-01T17:00').toISOString());
  });

  it('filed on the Saturday during hours, it counts from Wednesday', () => {
    expect(ends('2025-11-01T16:59', 1)).toBe(msk('2025-11-05T18:00').toISOString());
  });
});

describe('business time between two instants', () => {
  it('is 14 hours from Mon 15.09.2025 14:00 to Wed 17.09 12:00 (C2)', () => {
    expect(businessTimeBetween(CALENDAR, msk('2025-09-15T14:00'), msk('2025-09-17T12:00'))).toBe(
      14 * HOUR,
    );
  });

  it('counts nothing on a weekend or a holiday, and 7 hours on a shortened day', () => {
    const weekend = businessTimeBetween(CALENDAR, msk('2025-09-19T18:00'), msk('2025-09-22T10:00'));
    const mayDay = businessTimeBetween(CALENDAR, msk('2026-04-30T00:00'), msk('2026-05-04T00:00'));

    expect(weekend).toBe(0);
    expect(mayDay).toBe(7 * HOUR);
  });

  it('is zero when the end is not after the start', () => {
    expect(businessTimeBetween(CALENDAR, msk('2025-09-17T12:00'), msk('2025-09-15T14:00'))).toBe(0);
  });
});

describe('adding business time', () => {
  it('stays at closing when it runs out exactly there', () => {
    const due = addBusinessTime(CALENDAR, msk('2025-09-17T10:00'), 8 * HOUR);
    expect(due).toEqual(msk('2025-09-17T18:00'));
  });

  it('moves to the next opening for anything past closing', () => {
    const due = addBusinessTime(CALENDAR, msk('2025-09-17T18:00'), 1_000);
    expect(due).toEqual(msk('2025-09-18T10:00:01'));
  });

  it('skips days off and counts a shortened day as 7 hours', () => {
    const due = addBusinessTime(CALENDAR, msk('2026-04-29T18:00'), 9 * HOUR);
    expect(due).toEqual(msk('2026-05-04T12:00'));
  });

  it('changes nothing when nothing is added', () => {
    expect(addBusinessTime(CALENDAR, msk('2025-09-20T03:00'), 0)).toEqual(msk('2025-09-20T03:00'));
  });
});
