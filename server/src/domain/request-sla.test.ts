import { describe, expect, it } from 'vitest';

import { MOSCOW_2025_2026 as CALENDAR } from './calendar.fixture.js';
import {
  deadlineInstants,
  seededRandom,
  withinBusinessHours,
} from './deadline-properties.fixture.js';
import { WAITING_ON_CUSTOMER, type RequestStatus } from './request-lifecycle.js';
import {
  checkResolutionBusinessDays,
  requestSla,
  type SlaEvent,
  type SlaFacts,
} from './request-sla.js';
import type { SupportLevel } from './service-levels.js';

/** An instant written as Moscow wall-clock time (UTC+3 all year). */
const msk = (local: string) => new Date(`${local}+03:00`);

const HOUR = 3_600_000;

const event = (local: string, toStatus: RequestStatus, kind: string, byStaff = true) => ({
  at: msk(local),
  kind,
  toStatus,
  byStaff,
});

/** C2's request: submitted Mon 15.09.2025 10:00, suspended Mon 14:00, resumed Wed 12:00. */
const C2_HISTORY: SlaEvent[] = [
  event('2025-09-15T10:00', 'NEW', 'CREATED', false),
  event('2025-09-15T10:30', 'ESTIMATING', 'TIME_LOGGED'),
  event('2025-09-15T11:00', 'AWAITING_APPROVAL', 'ESTIMATE_SENT'),
  event('2025-09-15T11:00', 'QUEUED', 'APPROVED', false),
  event('2025-09-15T14:00', 'SUSPENDED', 'SUSPENDED'),
  event('2025-09-17T12:00', 'IN_PROGRESS', 'RESUMED'),
];

const facts = (line: SupportLevel, overrides: Partial<SlaFacts> = {}): SlaFacts => ({
  line,
  submittedAt: msk('2025-09-15T10:00'),
  closedAt: null,
  resolutionBusinessDays: null,
  history: C2_HISTORY,
  ...overrides,
});

const at = (line: SupportLevel, now: string, overrides: Partial<SlaFacts> = {}) =>
  requestSla(CALENDAR, facts(line, overrides), msk(now));

describe('C2: the pauses come from the history', () => {
  it('line 2: each deadline moves by the 14 business hours suspended', () => {
    const sla = at(2, '2025-09-18T12:00');

    expect(sla.pausedMs).toBe(14 * HOUR);
    expect(sla.paused).toBe(false);
    // One full business day ends Tue 18:00, three end Thu 18:00; each 14 hours later.
    expect(sla.firstResponseDue).toEqual(msk('2025-09-18T16:00'));
    expect(sla.resolutionDueEarliest).toEqual(msk('2025-09-18T16:00'));
    expect(sla.resolutionDueLatest).toEqual(msk('2025-09-22T16:00'));
    expect(sla.firstRespondedAt).toEqual(msk('2025-09-15T10:30'));
  });

  it('two full business days, as the case counts them, end Fri 19.09 16:00', () => {
    const sla = at(3, '2025-09-18T12:00', { resolutionBusinessDays: 2 });

    expect(sla.resolutionDueLatest).toEqual(msk('2025-09-19T16:00'));
    expect(sla.pausedMs).toBe(14 * HOUR);
  });

  it('never asks for a first response after a resolution due sooner', () => {
    const sla = at(3, '2025-09-18T12:00', { resolutionBusinessDays: 2 });

    expect(sla.firstResponseDue).toEqual(sla.resolutionDueLatest);
  });

  it('another line keeps the paused time and counts from the same submission', () => {
    const onLine2 = at(2, '2025-09-18T12:00');
    const onLine3 = at(3, '2025-09-18T12:00');

    expect(onLine3.pausedMs).toBe(onLine2.pausedMs);
    expect(onLine3.firstResponseDue).toEqual(msk('2025-09-22T16:00'));
    expect(onLine3.firstResponseUsual).toEqual(msk('2025-09-18T16:00'));
    expect(onLine3.resolutionDueLatest).toBeNull();
  });

  it('stops the clock while the suspension lasts, up to now', () => {
    const sla = at(2, '2025-09-16T14:00', { history: C2_HISTORY.slice(0, -1) });

    expect(sla.paused).toBe(true);
    expect(sla.pausedMs).toBe(8 * HOUR);
    expect(sla.resolutionDueLatest).toEqual(msk('2025-09-19T18:00'));
  });
});

describe('line 1 counts clock hours', () => {
  it('moves by the clock time paused, a weekend included', () => {
    const history = [
      event('2025-09-19T19:00', 'NEW', 'CREATED', false),
      event('2025-09-20T10:00', 'AWAITING_APPROVAL', 'ESTIMATE_SENT'),
      event('2025-09-20T13:30', 'QUEUED', 'APPROVED', false),
    ];
    const sla = at(1, '2025-09-20T14:00', { submittedAt: msk('2025-09-19T19:00'), history });

    expect(sla.pausedMs).toBe(3.5 * HOUR);
    expect(sla.firstResponseDue).toEqual(msk('2025-09-20T22:30'));
    expect(sla.resolutionDueLatest).toEqual(msk('2025-09-20T22:30'));
    expect(sla.state).toBe('ON_TIME');
  });

  it('is at risk in the last 20% of its 24 hours, in clock time', () => {
    const history = [event('2025-09-19T19:00', 'NEW', 'CREATED', false)];
    const line1 = { submittedAt: msk('2025-09-19T19:00'), history };

    expect(at(1, '2025-09-20T14:11', line1).state).toBe('ON_TIME');
    expect(at(1, '2025-09-20T14:12', line1).state).toBe('AT_RISK');
    expect(at(1, '2025-09-20T19:00', line1).state).toBe('AT_RISK');
    expect(at(1, '2025-09-20T19:01', line1)).toMatchObject({
      state: 'BREACHED',
      timeLeftMs: -60_000,
    });
  });
});

describe('the state', () => {
  const responded = C2_HISTORY.slice(0, 2);

  it('counts the first response until staff respond, then the resolution', () => {
    const waiting = at(2, '2025-09-16T12:00', { history: C2_HISTORY.slice(0, 1) });
    const answered = at(2, '2025-09-16T12:00', { history: responded });

    expect(waiting.due).toEqual(msk('2025-09-16T18:00'));
    expect(waiting.timeLeftMs).toBe(6 * HOUR);
    expect(answered.due).toEqual(msk('2025-09-18T18:00'));
  });

  it('is at risk in the last 20% of the span in business time, on lines 2-3', () => {
    // Mon 10:00 to Thu 18:00 is 32 business hours: the last 6.4 are at risk.
    expect(at(2, '2025-09-18T11:00', { history: responded }).state).toBe('ON_TIME');
    expect(at(2, '2025-09-18T11:36', { history: responded }).state).toBe('AT_RISK');
    // Overnight the clock runs but business time does not: 8 hours are left all evening.
    expect(at(2, '2025-09-17T23:00', { history: responded }).state).toBe('ON_TIME');
  });

  it('moves the at-risk span with the pauses', () => {
    // Due Mon 22.09 16:00 after 14 hours paused; at Mon 10:00 six hours of 32 are left.
    expect(at(2, '2025-09-19T17:00').state).toBe('ON_TIME');
    expect(at(2, '2025-09-22T10:00').state).toBe('AT_RISK');
  });

  it('is breached once the deadline passed, with the time left negative', () => {
    const sla = at(2, '2025-09-22T17:00');
    expect(sla).toMatchObject({ state: 'BREACHED', timeLeftMs: -HOUR });
  });

  it('stays breached after a late first response', () => {
    const history = [
      ...C2_HISTORY.slice(0, 1),
      event('2025-09-17T10:00', 'ESTIMATING', 'TIME_LOGGED'),
    ];
    const sla = at(2, '2025-09-17T11:00', { history });

    expect(sla.state).toBe('BREACHED');
    expect(sla.timeLeftMs).toBe(
      msk('2025-09-18T18:00').getTime() - msk('2025-09-17T11:00').getTime(),
    );
  });

  it('is MET or BREACHED by when the request closed, and stops its clock there', () => {
    const closing = (local: string) => ({
      closedAt: msk(local),
      history: [...responded, event(local, 'REJECTED', 'REJECTED')],
    });
    const met = at(2, '2026-01-01T12:00', closing('2025-09-17T12:00'));

    expect(met.state).toBe('MET');
    expect(met.timeLeftMs).toBe(30 * HOUR);
    expect(at(2, '2027-01-01T12:00', closing('2025-09-17T12:00'))).toEqual(met);
    expect(at(2, '2026-01-01T12:00', closing('2025-09-19T12:00')).state).toBe('BREACHED');
  });

  it('is NONE on line 3 once answered and until the estimate sets the resolution', () => {
    const none = at(3, '2025-09-16T12:00', { history: responded });
    const set = at(3, '2025-09-16T12:00', { history: responded, resolutionBusinessDays: 10 });

    expect(none).toMatchObject({ state: 'NONE', due: null, timeLeftMs: null });
    expect(none.resolutionDueLatest).toBeNull();
    expect(set.resolutionDueLatest).toEqual(msk('2025-09-29T18:00'));
    expect(set.resolutionDueEarliest).toEqual(set.resolutionDueLatest);
    expect(set.state).toBe('ON_TIME');
  });

  it('takes no line change for a first response', () => {
    const history = [
      ...C2_HISTORY.slice(0, 1),
      event('2025-09-15T11:00', 'NEW', 'LINE_CHANGED'),
      event('2025-09-15T12:00', 'ESTIMATING', 'TIME_LOGGED'),
    ];
    expect(at(2, '2025-09-15T13:00', { history }).firstRespondedAt).toEqual(
      msk('2025-09-15T12:00'),
    );
  });
});

describe('resolution days staff may set', () => {
  it('are for line 3 only, 1 to 250 whole days', () => {
    expect(() => checkResolutionBusinessDays(3, 1)).not.toThrow();
    expect(() => checkResolutionBusinessDays(3, 250)).not.toThrow();
    expect(() => checkResolutionBusinessDays(2, 5)).toThrow(/line 3/);
    for (const days of [0, -1, 251, 2.5]) {
      expect(() => checkResolutionBusinessDays(3, days)).toThrow(/1 to 250/);
    }
  });
});

describe('properties over random histories (fixed seed)', () => {
  const random = seededRandom(20261205);
  const from = msk('2024-12-01T00:00').getTime();
  const to = msk('2026-10-01T00:00').getTime();
  const DAY = 24 * HOUR;
  const WORKING: RequestStatus[] = ['NEW', 'ESTIMATING', 'QUEUED', 'IN_PROGRESS'];

  /** A history of status changes at random gaps, waiting on the customer now and then. */
  const randomHistory = (submitted: Date): SlaEvent[] => {
    let time = submitted.getTime();
    const history: SlaEvent[] = [
      { at: submitted, kind: 'CREATED', toStatus: 'NEW', byStaff: false },
    ];
    for (let i = Math.floor(random() * 8); i > 0; i -= 1) {
      time += Math.floor(random() * 3 * DAY);
      const statuses = random() < 0.5 ? WAITING_ON_CUSTOMER : WORKING;
      const toStatus = statuses[Math.floor(random() * statuses.length)]!;
      history.push({ at: new Date(time), kind: 'STEP', toStatus, byStaff: random() < 0.7 });
    }
    return history;
  };

  /** The same history with one more pause inside a stretch where the clock ran. */
  const withOneMorePause = (history: SlaEvent[], end: Date): SlaEvent[] => {
    const i = Math.floor(random() * history.length);
    const running = history[i]!;
    if (WAITING_ON_CUSTOMER.includes(running.toStatus)) return history;
    const until = history[i + 1]?.at.getTime() ?? end.getTime();
    const start = running.at.getTime() + random() * (until - running.at.getTime());
    const stop = start + random() * (until - start);
    const pause = { ...running, kind: 'PAUSE', byStaff: false };
    return [
      ...history.slice(0, i + 1),
      { ...pause, at: new Date(start), toStatus: 'SUSPENDED' },
      { ...pause, at: new Date(stop) },
      ...history.slice(i + 1),
    ];
  };

  it('holds for 3000 requests on every line', () => {
    for (let i = 0; i < 3000; i += 1) {
      const line = (1 + (i % 3)) as SupportLevel;
      const submittedAt = new Date(from + Math.floor(random() * (to - from)));
      const history = randomHistory(submittedAt);
      const now = new Date(history.at(-1)!.at.getTime() + Math.floor(random() * 10 * DAY));
      const resolutionBusinessDays =
        line === 3 && random() < 0.5 ? 1 + Math.floor(random() * 30) : null;
      const base = { line, submittedAt, closedAt: null, resolutionBusinessDays };

      const sla = requestSla(CALENDAR, { ...base, history }, now);
      const more = requestSla(CALENDAR, { ...base, history: withOneMorePause(history, now) }, now);
      const context = JSON.stringify({ base, history, now });

      for (const [name, due] of Object.entries(deadlineInstants(sla))) {
        expect(due > submittedAt, `${name} precedes submission: ${context}`).toBe(true);
        if (line !== 1) {
          expect(withinBusinessHours(CALENDAR, due), `${name} out of hours: ${context}`).toBe(true);
        }
        expect(
          deadlineInstants(more)[name]! >= due,
          `${name} earlier, paused more: ${context}`,
        ).toBe(true);
      }
      expect(more.pausedMs >= sla.pausedMs, context).toBe(true);
      expect(sla.state === 'BREACHED' || (sla.timeLeftMs ?? 0) >= 0, context).toBe(true);
    }
  });
});
