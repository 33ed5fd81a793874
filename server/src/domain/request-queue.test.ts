import { describe, expect, it } from 'vitest';

import { WEEKLY_PATTERN_ONLY } from './business-calendar.js';
import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';
import { Decimal } from './decimal.js';
import {
  MAX_PROMISE_DAYS,
  expectedStart,
  expectedStarts,
  throughputPerDay,
  throughputWindowStart,
} from './request-queue.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);
const d = (text: string) => new Decimal(text);

describe('throughputWindowStart', () => {
  it('opens the earliest of the last 20 business days, across the New Year holidays', () => {
    // Back from Tue 20.01.2026: 19, 16-12 January (6), then 1-11 January off, 31.12 off by
    // transfer; 30, 29, 26-22, 19-15 December (18); 12 and 11 December make 20.
    expect(throughputWindowStart(CALENDAR, msk('2026-01-20T12:00'))).toEqual(
      msk('2025-12-11T10:00'),
    );
  });

  it('does not count the day of now, whatever the hour', () => {
    for (const now of ['2026-03-17T09:00', '2026-03-17T12:00', '2026-03-17T23:59']) {
      expect(throughputWindowStart(CALENDAR, msk(now), 1)).toEqual(msk('2026-03-16T10:00'));
    }
  });

  it('skips a weekend and a day off by transfer, and counts a shortened day', () => {
    // Mon 11.05.2026 off by transfer, 9-10 May the weekend, Fri 8 May shortened.
    expect(throughputWindowStart(CALENDAR, msk('2026-05-12T12:00'), 1)).toEqual(
      msk('2026-05-08T10:00'),
    );
    expect(throughputWindowStart(CALENDAR, msk('2026-05-12T12:00'), 2)).toEqual(
      msk('2026-05-07T10:00'),
    );
  });

  it('follows the weekly pattern where no year is known', () => {
    expect(throughputWindowStart(WEEKLY_PATTERN_ONLY, msk('2030-01-07T12:00'), 5)).toEqual(
      msk('2029-12-31T10:00'),
    );
  });
});

describe('throughputPerDay', () => {
  it('is the configured default until something was charged', () => {
    expect(throughputPerDay(d('0'), d('8'), true).toFixed()).toBe('8');
    expect(throughputPerDay(d('-3'), d('8'), true).toFixed()).toBe('8');
  });

  it('is the configured default while the history is shorter than the window', () => {
    expect(throughputPerDay(d('0.01'), d('8'), false).toFixed()).toBe('8');
    expect(throughputPerDay(d('400'), d('8'), false).toFixed()).toBe('8');
  });

  it('divides what was charged in the window by its days, exactly', () => {
    expect(throughputPerDay(d('40'), d('8'), true).toFixed()).toBe('2');
    expect(throughputPerDay(d('1.5'), d('8'), true).toFixed()).toBe('0.075');
    expect(throughputPerDay(d('30'), d('8'), true, 10).toFixed()).toBe('3');
  });
});

describe('expectedStart', () => {
  it('with nothing ahead, is now while the team is at work', () => {
    const now = msk('2026-03-04T12:34:56.789');
    expect(expectedStart(CALENDAR, now, d('0'), d('8'))).toEqual(now);
  });

  it('with nothing ahead after hours, is the next opening across a weekend and a holiday', () => {
    // Fri 6.03.2026 after closing; 7-8 March the weekend, Mon 9 March off by transfer.
    expect(expectedStart(CALENDAR, msk('2026-03-06T19:00'), d('0'), d('8'))).toEqual(
      msk('2026-03-10T10:00'),
    );
    expect(expectedStart(CALENDAR, msk('2026-03-07T12:00'), d('0'), d('8'))).toEqual(
      msk('2026-03-10T10:00'),
    );
  });

  it('lays the work ahead on business time across a weekend and a holiday', () => {
    // Half a day (4 h) from Friday 16:00: 2 h on Friday, 2 h from Tuesday's opening.
    expect(expectedStart(CALENDAR, msk('2026-03-06T16:00'), d('4'), d('8'))).toEqual(
      msk('2026-03-10T12:00'),
    );
    // A full day from after hours ends at Tuesday's closing, not Wednesday's opening.
    expect(expectedStart(CALENDAR, msk('2026-03-06T19:00'), d('8'), d('8'))).toEqual(
      msk('2026-03-10T18:00'),
    );
  });

  it('crosses the New Year holidays', () => {
    // 1 h left on Tue 30.12.2025; 31.12 off by transfer, 1-11 January off.
    expect(expectedStart(CALENDAR, msk('2025-12-30T17:00'), d('2'), d('8'))).toEqual(
      msk('2026-01-12T11:00'),
    );
  });

  it('knows a shortened day closes at 17:00', () => {
    // Thu 30.04.2026 shortened; 1 May a holiday, 2-3 May the weekend.
    expect(expectedStart(CALENDAR, msk('2026-04-30T16:00'), d('2'), d('8'))).toEqual(
      msk('2026-05-04T11:00'),
    );
  });

  it('grows with the work ahead and shrinks with the throughput', () => {
    const now = msk('2026-03-04T10:00');
    expect(expectedStart(CALENDAR, now, d('1'), d('3'))).toEqual(msk('2026-03-04T12:40'));
    const starts = ['1', '2', '5', '13'].map((ahead) =>
      expectedStart(CALENDAR, now, d(ahead), d('8'))!.getTime(),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
    expect(expectedStart(CALENDAR, now, d('16'), d('16'))).toEqual(msk('2026-03-04T18:00'));
  });

  it('rounds a part of a millisecond up', () => {
    // 1/7 of 8 h is 4 114 285.71... ms.
    const start = expectedStart(CALENDAR, msk('2026-03-04T10:00'), d('1'), d('7'));
    expect(start!.getTime() - msk('2026-03-04T10:00').getTime()).toBe(4_114_286);
  });
});

describe('a promise too far off', () => {
  it('is null beyond MAX_PROMISE_DAYS of work, and answers at once', () => {
    const now = msk('2026-03-04T10:00');
    expect(expectedStart(CALENDAR, now, d(String(MAX_PROMISE_DAYS * 8)), d('8'))).not.toBeNull();
    expect(expectedStart(CALENDAR, now, d(String(MAX_PROMISE_DAYS * 8 + 1)), d('8'))).toBeNull();
    // 0.01 norm-hour charged over 20 days: 0.0005 a day; 1000 ahead was millions of days.
    expect(
      expectedStart(CALENDAR, now, d('1000'), throughputPerDay(d('0.01'), d('8'), true)),
    ).toBeNull();
  });
});

describe('expectedStarts', () => {
  const now = msk('2026-03-06T16:00');

  it('lays each request after the one before, as expectedStart does for the work ahead', () => {
    const hours = ['2', '4', '8', '0.5', '13'].map(d);
    const starts = expectedStarts(CALENDAR, now, hours, d('8'));
    let ahead = d('0');
    hours.forEach((h, i) => {
      expect(starts[i]).toEqual(expectedStart(CALENDAR, now, ahead, d('8')));
      ahead = ahead.plus(h);
    });
    expect(starts.slice(0, 3)).toEqual([
      msk('2026-03-06T16:00'),
      msk('2026-03-06T18:00'),
      msk('2026-03-10T14:00'),
    ]);
  });

  it('stops promising once the work ahead passes the horizon', () => {
    const far = d(String(MAX_PROMISE_DAYS * 8));
    const starts = expectedStarts(CALENDAR, now, [far, d('1'), d('1')], d('8'));
    expect(starts[0]).toEqual(now);
    expect(starts[1]).not.toBeNull();
    expect(starts.slice(2)).toEqual([null]);
  });

  it('is empty for an empty queue', () => {
    expect(expectedStarts(CALENDAR, now, [], d('8'))).toEqual([]);
  });
});
