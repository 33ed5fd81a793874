/**
 * Service-level deadlines over HTTP: C1 through `slaDeadline`, refused input, the support lines'
 * open-now status, and the same instants from servers whose process runs in other time zones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { post, queryData } from '../support/graphql.js';
import { expectBadUserInput } from './expectations.js';

const DEADLINE = `query($line: Int!, $submittedAt: DateTime!) {
  slaDeadline(line: $line, submittedAt: $submittedAt) {
    firstResponseDue firstResponseUsual resolutionDueEarliest resolutionDueLatest calendarKnown
  }
}`;

interface Deadline {
  firstResponseDue: string;
  firstResponseUsual: string | null;
  resolutionDueEarliest: string | null;
  resolutionDueLatest: string | null;
  calendarKnown: boolean;
}

/** Submissions whose deadlines cross holidays, transfers, shortened days and a year's end. */
const SUBMISSIONS = [
  '2025-05-07T21:00:00+03:00',
  '2025-10-24T19:30:00+03:00',
  '2025-10-31T12:00:00+03:00',
  '2025-12-30T12:00:00+03:00',
  '2026-04-29T12:00:00+03:00',
  '2025-09-15T09:59:59+03:00',
  '2025-09-15T17:59:59+03:00',
  '2025-09-15T18:00:00+03:00',
];

let api: ServerOnTestDatabase;

beforeAll(async () => {
  api = await startServerOnTestDatabase();
});

afterAll(async () => {
  await api?.stop();
});

const deadline = async (url: string, line: number, submittedAt: string) =>
  (await queryData<{ slaDeadline: Deadline }>(url, DEADLINE, { line, submittedAt })).slaDeadline;

describe('C1 through slaDeadline', () => {
  it('second line, Wed 07.05.2025 21:00 MSK: Mon 12.05 and Wed 14.05 at 18:00 MSK', async () => {
    expect(await deadline(api.url, 2, '2025-05-07T21:00:00+03:00')).toEqual({
      firstResponseDue: '2025-05-12T15:00:00.000Z',
      firstResponseUsual: null,
      resolutionDueEarliest: '2025-05-12T15:00:00.000Z',
      resolutionDueLatest: '2025-05-14T15:00:00.000Z',
      calendarKnown: true,
    });
  });

  it('Fri 24.10.2025 19:30 MSK: one full business day ends 2025-10-27T15:00:00Z', async () => {
    const due = await deadline(api.url, 2, '2025-10-24T19:30:00+03:00');
    expect(due.resolutionDueEarliest).toBe('2025-10-27T15:00:00.000Z');
  });

  it('reads the same instant written with any offset', async () => {
    const inBerlin = await deadline(api.url, 2, '2025-10-24T18:30:00+02:00');
    const inUtc = await deadline(api.url, 2, '2025-10-24T16:30:00Z');

    expect(inBerlin).toEqual(await deadline(api.url, 2, '2025-10-24T19:30:00+03:00'));
    expect(inUtc).toEqual(inBerlin);
  });
});

describe('the other lines', () => {
  it('line 1: everything due 24 clock hours later, a holiday or not', async () => {
    const due = await deadline(api.url, 1, '2025-12-31T22:00:00+03:00');

    expect(due).toEqual({
      firstResponseDue: '2026-01-01T19:00:00.000Z',
      firstResponseUsual: null,
      resolutionDueEarliest: '2026-01-01T19:00:00.000Z',
      resolutionDueLatest: '2026-01-01T19:00:00.000Z',
      calendarKnown: true,
    });
  });

  it('line 3: first response by the 3rd business day, usually the 1st; no resolution', async () => {
    expect(await deadline(api.url, 3, '2025-12-30T12:00:00+03:00')).toEqual({
      firstResponseDue: '2026-01-14T15:00:00.000Z',
      firstResponseUsual: '2026-01-12T15:00:00.000Z',
      resolutionDueEarliest: null,
      resolutionDueLatest: null,
      calendarKnown: true,
    });
  });

  it('a year without a calendar is computed from the week and says so', async () => {
    const due = await deadline(api.url, 2, '2027-01-01T12:00:00+03:00');

    expect(due.resolutionDueEarliest).toBe('2027-01-04T15:00:00.000Z');
    expect(due.calendarKnown).toBe(false);
  });
});

describe('input slaDeadline refuses', () => {
  it.each([0, 4, -1, 2_147_483_647])('line %i', async (line) => {
    const error = expectBadUserInput(
      await post(api.url, DEADLINE, { line, submittedAt: SUBMISSIONS[0] }),
    );
    expect(error.message).toMatch(/1, 2 and 3/);
    expect(error.extensions?.field).toBe('line');
  });

  it.each(['0001-01-01T10:00:00Z', '1999-12-31T10:00:00Z', '2101-01-01T10:00:00Z'])(
    'a submission in %s, outside the years deadlines are computed for',
    async (submittedAt) => {
      const error = expectBadUserInput(await post(api.url, DEADLINE, { line: 2, submittedAt }));
      expect(error.extensions?.field).toBe('submittedAt');
    },
  );

  it.each([
    ['no offset', '2025-10-24T19:30:00'],
    ['a date alone', '2025-10-24'],
    ['no such day', '2025-02-30T10:00:00+03:00'],
    ['words', 'tomorrow morning'],
    ['an empty string', ''],
    ['a number', 1_761_320_000_000],
    ['null', null],
  ])('a submission time with %s, in a variable', async (_, submittedAt) => {
    expectBadUserInput(await post(api.url, DEADLINE, { line: 2, submittedAt }));
  });

  it.each([
    ['an unparseable instant', 'slaDeadline(line: 2, submittedAt: "24.10.2025 19:30")'],
    ['a number for the instant', 'slaDeadline(line: 2, submittedAt: 1761320000)'],
    ['a float for the line', 'slaDeadline(line: 2.5, submittedAt: "2025-10-24T19:30:00Z")'],
    ['a line out of range', 'slaDeadline(line: 9, submittedAt: "2025-10-24T19:30:00Z")'],
  ])('%s, in a literal', async (_, call) => {
    expectBadUserInput(await post(api.url, `{ ${call} { firstResponseDue } }`));
  });
});

describe('support lines: open now, and when they open next', () => {
  interface LineStatus {
    level: number;
    openNow: boolean;
    opensNext: string | null;
  }

  it('gives each line a status that agrees with itself and with its hours', async () => {
    const before = Date.now();
    const { supportLines } = await queryData<{ supportLines: LineStatus[] }>(
      api.url,
      '{ supportLines { level openNow opensNext } }',
    );

    expect(supportLines.map((line) => line.level)).toEqual([1, 2, 3]);
    for (const line of supportLines) {
      expect(line.opensNext === null, JSON.stringify(line)).toBe(line.openNow);
      if (line.opensNext === null) continue;

      const opens = new Date(line.opensNext);
      expect(opens.getTime()).toBeGreaterThan(before);
      // Line 1 opens at 08:00 Moscow (05:00Z), lines 2 and 3 at 10:00 (07:00Z).
      expect(opens.toISOString().slice(11)).toBe(
        line.level === 1 ? '05:00:00.000Z' : '07:00:00.000Z',
      );
    }
    // Lines 2 and 3 keep the same hours.
    expect(supportLines[1]).toEqual({ ...supportLines[2], level: 2 });
  });
});

describe.each(['UTC', 'Europe/Berlin', 'Asia/Vladivostok'])(
  'a server whose process runs with TZ=%s',
  (zone) => {
    let other: ServerOnTestDatabase;

    beforeAll(async () => {
      other = await startServerOnTestDatabase({ env: { TZ: zone } });
    });

    afterAll(async () => {
      await other?.stop();
    });

    it('gives the same instants as the Moscow rules do anywhere', async () => {
      for (const submittedAt of SUBMISSIONS) {
        for (const line of [1, 2, 3]) {
          const expected = await deadline(api.url, line, submittedAt);
          expect(await deadline(other.url, line, submittedAt), `${line} ${submittedAt}`).toEqual(
            expected,
          );
        }
      }
    });

    it('still answers C1 with 2025-10-27T15:00:00Z', async () => {
      const due = await deadline(other.url, 2, '2025-10-24T19:30:00+03:00');
      expect(due.resolutionDueEarliest).toBe('2025-10-27T15:00:00.000Z');
    });
  },
);
