import { afterEach, describe, expect, it } from 'vitest';

import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';
import {
  deadlineInstants,
  seededRandom,
  withinBusinessHours,
} from './deadline-properties.fixture.js';
import {
  dueAfter,
  serviceLevelDeadlines,
  type Pause,
  type SupportLevel,
} from './service-levels.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

const HOUR = 3_600_000;

describe('line 1: 24 clock hours, any day', () => {
  it('is due a day later, on a holiday as on any day', () => {
    const due = serviceLevelDeadlines(CALENDAR, 1, msk('2025-12-31T22:00'));

    expect(due).toEqual({
      firstResponseDue: msk('2026-01-01T22:00'),
      firstResponseUsual: null,
      resolutionDueEarliest: msk('2026-01-01T22:00'),
      resolutionDueLatest: msk('2026-01-01T22:00'),
      calendarKnown: true,
      pausedMs: 0,
      paused: false,
    });
  });

  it('moves by the clock time paused', () => {
    const pauses = [{ start: msk('2025-12-31T23:00'), end: msk('2026-01-01T02:30') }];
    const due = serviceLevelDeadlines(CALENDAR, 1, msk('2025-12-31T22:00'), { pauses });

    expect(due.resolutionDueLatest).toEqual(msk('2026-01-02T01:30'));
    expect(due.pausedMs).toBe(3.5 * HOUR);
  });
});

describe('line 2: 1-3 full business days (C1)', () => {
  it('Wed 07.05.2025 21:00: earliest Mon 12.05 18:00, latest Wed 14.05 18:00', () => {
    const due = serviceLevelDeadlines(CALENDAR, 2, msk('2025-05-07T21:00'));

    expect(due.resolutionDueEarliest?.toISOString()).toBe('2025-05-12T15:00:00.000Z');
    expect(due.resolutionDueLatest).toEqual(msk('2025-05-14T18:00'));
    expect(due.firstResponseDue).toEqual(due.resolutionDueEarliest);
    expect(due.firstResponseUsual).toBeNull();
    expect(due.calendarKnown).toBe(true);
  });

  it('Fri 24.10.2025 19:30: earliest Mon 27.10 18:00 = 2025-10-27T15:00:00Z', () => {
    const due = serviceLevelDeadlines(CALENDAR, 2, msk('2025-10-24T19:30'));
    expect(due.resolutionDueEarliest?.toISOString()).toBe('2025-10-27T15:00:00.000Z');
  });
});

describe('line 3: first reaction in 1-3 full business days', () => {
  it('is due at the end of the 3rd, usually by the 1st; resolution is for staff to set', () => {
    const due = serviceLevelDeadlines(CALENDAR, 3, msk('2025-05-07T21:00'));

    expect(due.firstResponseDue).toEqual(msk('2025-05-14T18:00'));
    expect(due.firstResponseUsual).toEqual(msk('2025-05-12T18:00'));
    expect(due.resolutionDueEarliest).toBeNull();
    expect(due.resolutionDueLatest).toBeNull();
  });
});

describe('C2: a pause moves the deadline by the business time it lasted', () => {
  const submitted = msk('2025-09-15T10:00');
  const suspension = { start: msk('2025-09-15T14:00'), end: msk('2025-09-17T12:00') };

  it('two full business days from Mon 15.09.2025 10:00 are due Wed 17.09 18:00', () => {
    expect(dueAfter(CALENDAR, { businessDays: 2 }, submitted)).toEqual(msk('2025-09-17T18:00'));
  });

  it('suspended Mon 14:00 to Wed 12:00 (14 business hours): due Fri 19.09 16:00', () => {
    const due = dueAfter(CALENDAR, { businessDays: 2 }, submitted, { pauses: [suspension] });
    expect(due).toEqual(msk('2025-09-19T16:00'));
  });

  it('keeps the 14 paused hours when the request moves to another line', () => {
    const onLine2 = serviceLevelDeadlines(CALENDAR, 2, submitted, { pauses: [suspension] });
    const onLine3 = serviceLevelDeadlines(CALENDAR, 3, submitted, { pauses: [suspension] });

    expect(onLine2.pausedMs).toBe(14 * HOUR);
    expect(onLine3.pausedMs).toBe(14 * HOUR);
    // Without the pause line 3 would be due Thu 18.09 18:00; 14 hours later is Mon 22.09 16:00.
    expect(onLine3.firstResponseDue).toEqual(msk('2025-09-22T16:00'));
  });

  it('counts an open pause up to now, and says the clock is stopped', () => {
    const open = { start: suspension.start, end: null };
    const now = suspension.end;
    const due = serviceLevelDeadlines(CALENDAR, 2, submitted, { pauses: [open], now });
    const closed = serviceLevelDeadlines(CALENDAR, 2, submitted, { pauses: [suspension] });

    expect(due).toEqual({ ...closed, paused: true });
  });
});

describe('pauses', () => {
  const submitted = msk('2025-09-15T10:00');
  const twoDays = (pauses: Pause[]) =>
    dueAfter(CALENDAR, { businessDays: 2 }, submitted, { pauses });

  it('count overlapping time once', () => {
    const due = twoDays([
      { start: msk('2025-09-15T14:00'), end: msk('2025-09-16T12:00') },
      { start: msk('2025-09-16T10:00'), end: msk('2025-09-17T12:00') },
    ]);
    expect(due).toEqual(msk('2025-09-19T16:00'));
  });

  it('do not count before submission', () => {
    const due = twoDays([{ start: msk('2025-09-12T10:00'), end: msk('2025-09-15T12:00') }]);
    expect(due).toEqual(msk('2025-09-18T12:00'));
  });

  it('move nothing once the deadline has passed', () => {
    const due = twoDays([{ start: msk('2025-09-17T18:00'), end: msk('2025-09-19T12:00') }]);
    expect(due).toEqual(msk('2025-09-17T18:00'));
  });

  it('need `now` while one is open, and only one may be open', () => {
    const open = { start: msk('2025-09-15T14:00'), end: null };

    expect(() => twoDays([open])).toThrow(/now/);
    expect(() =>
      dueAfter(CALENDAR, { businessDays: 2 }, submitted, { pauses: [open, open], now: submitted }),
    ).toThrow(/one pause/);
  });
});

describe('a year without a calendar', () => {
  it('is computed from the weekly pattern and says so', () => {
    const due = serviceLevelDeadlines(CALENDAR, 2, msk('2027-01-01T12:00'));

    // 1 January 2027 is a Friday: without the decree it is counted as a working day.
    expect(due.resolutionDueEarliest).toEqual(msk('2027-01-04T18:00'));
    expect(due.calendarKnown).toBe(false);
  });

  it('is flagged when a deadline runs into it from a known year', () => {
    expect(serviceLevelDeadlines(CALENDAR, 2, msk('2026-12-29T12:00')).calendarKnown).toBe(false);
    expect(serviceLevelDeadlines(CALENDAR, 2, msk('2026-12-23T12:00')).calendarKnown).toBe(true);
  });
});

describe('the time zone of the process', () => {
  const original = process.env.TZ;

  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['UTC', 'Europe/Berlin', 'Asia/Vladivostok', 'America/Los_Angeles'])(
    'changes no instant under TZ=%s',
    (zone) => {
      const submissions = ['2025-05-07T21:00', '2025-10-24T19:30', '2025-12-30T12:00'];
      const inMoscow = submissions.map((s) => serviceLevelDeadlines(CALENDAR, 2, msk(s)));

      process.env.TZ = zone;
      expect(new Date(2025, 9, 27, 12).getTimezoneOffset()).not.toBe(-180);
      expect(submissions.map((s) => serviceLevelDeadlines(CALENDAR, 2, msk(s)))).toEqual(inMoscow);
    },
  );
});

describe('properties over random submissions and pauses (fixed seed)', () => {
  const random = seededRandom(20250915);
  const from = msk('2024-12-01T00:00').getTime();
  const to = msk('2027-03-01T00:00').getTime();
  const instant = (low = from, high = to) => new Date(low + Math.floor(random() * (high - low)));

  const randomPauses = (submitted: Date): Pause[] =>
    Array.from({ length: Math.floor(random() * 4) }, () => {
      const start = instant(submitted.getTime() - 2 * 86_400_000, submitted.getTime() + 20e8);
      return { start, end: new Date(start.getTime() + Math.floor(random() * 5 * 86_400_000)) };
    });

  it('holds for 3000 requests on every line', () => {
    for (let i = 0; i < 3000; i += 1) {
      const level = (1 + (i % 3)) as SupportLevel;
      const submitted = instant();
      const pauses = randomPauses(submitted);
      const extra = randomPauses(submitted).slice(0, 1);

      const due = serviceLevelDeadlines(CALENDAR, level, submitted, { pauses });
      const moreDue = serviceLevelDeadlines(CALENDAR, level, submitted, {
        pauses: [...pauses, ...extra],
      });
      const context = JSON.stringify({ level, submitted, pauses, extra });

      for (const [name, at] of Object.entries(deadlineInstants(due))) {
        expect(at > submitted, `${name} precedes submission: ${context}`).toBe(true);
        if (level !== 1) {
          expect(withinBusinessHours(CALENDAR, at), `${name} out of hours: ${context}`).toBe(true);
        }
        const later = deadlineInstants(moreDue)[name]!;
        expect(later >= at, `${name} earlier with a pause added: ${context}`).toBe(true);
      }
    }
  });
});
