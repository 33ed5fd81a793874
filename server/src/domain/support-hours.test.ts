import { describe, expect, it } from 'vitest';

import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';
import { lineStatus, type LineSchedule } from './support-hours.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

const FIRST_LINE: LineSchedule = { businessDaysOnly: false, opensAt: '08:00', closesAt: '20:00' };
const SECOND_LINE: LineSchedule = { businessDaysOnly: true, opensAt: '10:00', closesAt: '18:00' };

const status = (schedule: LineSchedule, local: string) =>
  lineStatus(CALENDAR, schedule, msk(local));

describe('the first line: every day 08:00-20:00, holidays included', () => {
  it.each([
    ['before opening', '2025-09-15T07:59', { openNow: false, opensNext: msk('2025-09-15T08:00') }],
    ['at opening', '2025-09-15T08:00', { openNow: true, opensNext: null }],
    ['the last second', '2025-09-15T19:59:59', { openNow: true, opensNext: null }],
    ['at closing', '2025-09-15T20:00', { openNow: false, opensNext: msk('2025-09-16T08:00') }],
    ['on a Sunday', '2025-09-21T12:00', { openNow: true, opensNext: null }],
    ['on New Year Day', '2026-01-01T12:00', { openNow: true, opensNext: null }],
    ['on a shortened day at 19:00', '2026-04-30T19:00', { openNow: true, opensNext: null }],
  ])('%s (%s)', (_, at, expected) => {
    expect(status(FIRST_LINE, at)).toEqual(expected);
  });
});

describe('the second and third lines: business days 10:00-18:00, 17:00 when shortened', () => {
  it.each([
    ['during hours', '2025-09-15T12:00', { openNow: true, opensNext: null }],
    ['at closing', '2025-09-19T18:00', { openNow: false, opensNext: msk('2025-09-22T10:00') }],
    ['on New Year Day', '2026-01-01T12:00', { openNow: false, opensNext: msk('2026-01-12T10:00') }],
    ['a shortened day at 16:59', '2026-04-30T16:59', { openNow: true, opensNext: null }],
    [
      'a shortened day at 17:00',
      '2026-04-30T17:00',
      { openNow: false, opensNext: msk('2026-05-04T10:00') },
    ],
    ['the working Saturday', '2025-11-01T12:00', { openNow: true, opensNext: null }],
    ['after it closes', '2025-11-01T17:30', { openNow: false, opensNext: msk('2025-11-05T10:00') }],
    ['before opening', '2025-11-05T09:00', { openNow: false, opensNext: msk('2025-11-05T10:00') }],
  ])('%s (%s)', (_, at, expected) => {
    expect(status(SECOND_LINE, at)).toEqual(expected);
  });

  it('refuses hours that close before they open', () => {
    const backwards = { ...SECOND_LINE, opensAt: '18:00', closesAt: '10:00' };
    expect(() => status(backwards, '2025-09-15T12:00')).toThrow(RangeError);
  });
});
