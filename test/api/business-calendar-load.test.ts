/**
 * A manager loads next year's business calendar over HTTP: who may, each refused list (and that
 * nothing is stored then), an idempotent repeat, a replacement, loads racing each other,
 * deadlines on the loaded year, and a restart whose file import keeps what staff loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post, queryData, type GraphQLResult } from '../support/graphql.js';
import { parseLogLines, startServer, type RunningServer } from '../support/server.js';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { errors { code } }
}`;

const LOAD = `mutation($input: LoadBusinessCalendarInput!) {
  loadBusinessCalendar(input: $input) {
    year { year source dayCount loadedAt origin } errors { field code message }
  }
}`;

const YEARS = `{ businessCalendarYears { year source dayCount loadedAt origin } }`;

const DEADLINE = `query($submittedAt: DateTime!) {
  slaDeadline(line: 2, submittedAt: $submittedAt) {
    resolutionDueEarliest resolutionDueLatest calendarKnown
  }
}`;

interface CalendarYear {
  year: number;
  source: string;
  dayCount: number;
  loadedAt: string;
  origin: 'CONTENT_FILE' | 'STAFF';
}

interface LoadPayload {
  year: CalendarYear | null;
  errors: { field: string | null; code: string; message: string }[];
}

interface Day {
  date: string;
  kind: string;
  movedFrom?: string | null;
  note?: string | null;
}

type Headers = Record<string, string>;

const DECREE = 'Постановление Правительства РФ от 01.10.2026 № 9999 (тест); ст. 112 ТК РФ';

const holiday = (date: string): Day => ({ date, kind: 'HOLIDAY', note: 'ст. 112' });

/** A plausible 2027: holidays at 0-13, transfers at 14-16, shortened days at 17-19. */
const DAYS_2027: Day[] = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => holiday(`2027-01-${d}`)),
  ...['2027-02-23', '2027-03-08', '2027-05-01', '2027-05-09', '2027-06-12', '2027-11-04'].map(
    holiday,
  ),
  { date: '2027-05-03', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-01-02' },
  { date: '2027-05-10', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-01-03' },
  { date: '2027-06-14', kind: 'TRANSFERRED_DAY_OFF', movedFrom: '2027-06-12' },
  { date: '2027-02-22', kind: 'SHORTENED_DAY' },
  { date: '2027-03-05', kind: 'SHORTENED_DAY' },
  { date: '2027-11-03', kind: 'SHORTENED_DAY' },
];

const input2027 = (fields: Record<string, unknown> = {}) => ({
  year: 2027,
  source: DECREE,
  days: DAYS_2027,
  ...fields,
});

/** DAYS_2027 with the day at `index` changed. */
const withDay = (index: number, day: Partial<Day>) =>
  DAYS_2027.map((each, i) => (i === index ? { ...each, ...day } : each));

const SNAPSHOT = `select y.year, y.source, y.content_hash, y.loaded_at::text as loaded_at,
    coalesce(json_agg(json_build_object('date', d.date, 'kind', d.kind,
      'movedFrom', d.moved_from, 'note', d.note) order by d.date)
      filter (where d.date is not null), '[]') as days
  from business_calendar_year y left join business_calendar_day d on d.year = y.year
  group by y.year order by y.year`;

let api: ServerOnTestDatabase;
let restarted: RunningServer | undefined;
let manager: Headers;
let specialist: Headers;
let customer: Headers;

async function login(email: string): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(api.url, LOGIN, {
    email,
    password: 'demo',
  });
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

function load(headers: Headers, input: Record<string, unknown>, url = api.url) {
  return post<{ loadBusinessCalendar: LoadPayload }>(url, LOAD, { input }, headers);
}

function payloadOf(result: GraphQLResult<{ loadBusinessCalendar: LoadPayload }>): LoadPayload {
  expect(result.status, result.text).toBe(200);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!.loadBusinessCalendar;
}

const snapshot = () => queryRows(api.database.url, SNAPSHOT);

async function deadline(submittedAt: string, url = api.url) {
  const data = await queryData<{ slaDeadline: Record<string, unknown> }>(url, DEADLINE, {
    submittedAt,
  });
  return data.slaDeadline;
}

beforeAll(async () => {
  api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on' } });
  [manager, specialist, customer] = await Promise.all([
    login('manager@example.com'),
    login('specialist@example.com'),
    login('customer@example.com'),
  ]);
});

afterAll(async () => {
  await restarted?.stop();
  await api?.stop();
});

describe('before 2027 is loaded', () => {
  it('anyone sees the years of the shipped file', async () => {
    const { businessCalendarYears } = await queryData<{ businessCalendarYears: CalendarYear[] }>(
      api.url,
      YEARS,
    );
    expect(businessCalendarYears).toMatchObject([
      { year: 2025, source: expect.stringMatching(/№ 1335/), dayCount: 23, origin: 'CONTENT_FILE' },
      { year: 2026, source: expect.stringMatching(/№ 1466/), dayCount: 22, origin: 'CONTENT_FILE' },
    ]);
  });

  it('a 2027 deadline follows the weekly pattern and says so', async () => {
    expect(await deadline('2027-01-01T12:00:00+03:00')).toEqual({
      resolutionDueEarliest: '2027-01-04T15:00:00.000Z',
      resolutionDueLatest: '2027-01-06T15:00:00.000Z',
      calendarKnown: false,
    });
  });
});

describe('who may load a year', () => {
  it('anonymous: UNAUTHENTICATED at the top level, nothing stored', async () => {
    const before = await snapshot();
    const result = await load({}, input2027());
    expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('UNAUTHENTICATED');
    expect(result.body.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('a customer or a specialist: FORBIDDEN in the payload, nothing stored', async () => {
    const before = await snapshot();
    for (const headers of [customer, specialist]) {
      const refused = payloadOf(await load(headers, input2027()));
      expect(refused).toMatchObject({ year: null, errors: [{ code: 'FORBIDDEN', field: null }] });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('a list that is refused stores nothing', () => {
  const firstHalf = DAYS_2027.filter((day) => day.date < '2027-07-01');

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    [
      'a malformed date',
      { days: withDay(17, { date: '22.02.2027' }) },
      [['INVALID_DATE', 'days[17].date']],
    ],
    [
      'a date that does not exist',
      { days: withDay(18, { date: '2027-02-29' }) },
      [['INVALID_DATE', 'days[18].date']],
    ],
    [
      'a date of another year',
      { days: withDay(17, { date: '2026-02-20' }) },
      [['DATE_OUTSIDE_YEAR', 'days[17].date']],
    ],
    [
      'a date listed twice',
      { days: [...DAYS_2027, DAYS_2027[3]] },
      [['DUPLICATE_DATE', 'days[20].date']],
    ],
    [
      'a working day on a weekday',
      { days: withDay(17, { kind: 'WORKING_DAY' }) },
      [['KIND_CONTRADICTS_WEEK', 'days[17].kind']],
    ],
    [
      'a day off transferred onto a Saturday',
      { days: withDay(14, { date: '2027-05-08' }) },
      [['KIND_CONTRADICTS_WEEK', 'days[14].kind']],
    ],
    [
      'a public holiday made a shortened day',
      { days: withDay(9, { kind: 'SHORTENED_DAY' }) },
      [['KIND_CONTRADICTS_HOLIDAY', 'days[9].kind']],
    ],
    [
      'a holiday moved from another day',
      { days: withDay(1, { movedFrom: '2027-01-09' }) },
      [['MOVED_FROM_NOT_TRANSFER', 'days[1].movedFrom']],
    ],
    ['an empty list', { days: [] }, [['NO_DAYS', 'days']]],
    ['half a year', { days: firstHalf }, [['MISSING_PUBLIC_HOLIDAYS', 'days']]],
    ['a year out of range', { year: 1999 }, [['YEAR_OUT_OF_RANGE', 'year']]],
    ['no decree cited', { source: '  ' }, [['SOURCE_REQUIRED', 'source']]],
  ])('%s', async (_, fields, expected) => {
    const before = await snapshot();
    const refused = payloadOf(await load(manager, input2027(fields)));
    expect(refused.year).toBeNull();
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual(expected);
    for (const error of refused.errors) expect(error.message).toMatch(/[a-z]{3,}/i);
    expect(await snapshot()).toEqual(before);
  });

  it('a kind the table does not have is malformed input', async () => {
    const before = await snapshot();
    const result = await load(manager, input2027({ days: withDay(0, { kind: 'FEAST' }) }));
    expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });
});

describe('loading 2027', () => {
  let first: CalendarYear;

  it('stores the whole year as loaded by staff', async () => {
    const loaded = payloadOf(await load(manager, input2027()));
    expect(loaded.errors).toEqual([]);
    expect(loaded.year).toMatchObject({
      year: 2027,
      source: DECREE,
      dayCount: 20,
      origin: 'STAFF',
    });
    first = loaded.year!;

    const [, , stored] = await snapshot();
    expect(stored).toMatchObject({ year: 2027, source: DECREE, content_hash: null });
    expect((stored!.days as Day[]).map((day) => [day.date, day.kind])).toHaveLength(20);
    expect(stored!.days).toContainEqual({
      date: '2027-05-03',
      kind: 'TRANSFERRED_DAY_OFF',
      movedFrom: '2027-01-02',
      note: null,
    });
  });

  it('lists 2027 among the known years', async () => {
    const { businessCalendarYears } = await queryData<{ businessCalendarYears: CalendarYear[] }>(
      api.url,
      YEARS,
    );
    expect(businessCalendarYears.map((y) => [y.year, y.origin])).toEqual([
      [2025, 'CONTENT_FILE'],
      [2026, 'CONTENT_FILE'],
      [2027, 'STAFF'],
    ]);
    expect(businessCalendarYears[2]).toEqual(first);
  });

  it.each([
    ['across the New Year holidays', '2027-01-01T12:00:00+03:00', '01-11', '01-13'],
    ['across 1 May and the day off of 3 May', '2027-04-30T12:00:00+03:00', '05-04', '05-06'],
  ])('deadlines honour it: %s', async (_, submittedAt, earliest, latest) => {
    expect(await deadline(submittedAt)).toEqual({
      resolutionDueEarliest: `2027-${earliest}T15:00:00.000Z`,
      resolutionDueLatest: `2027-${latest}T15:00:00.000Z`,
      calendarKnown: true,
    });
  });

  it('a deadline on its shortened day ends at 17:00 Moscow', async () => {
    const due = await deadline('2027-02-19T12:00:00+03:00');
    expect(due.resolutionDueEarliest).toBe('2027-02-22T14:00:00.000Z');
  });

  it('the same list again, in another order, succeeds and changes nothing', async () => {
    const before = await snapshot();
    const again = payloadOf(await load(manager, input2027({ days: [...DAYS_2027].reverse() })));
    expect(again).toEqual({ year: first, errors: [] });
    expect(await snapshot()).toEqual(before);
    // Only the load that wrote says so in the log, with the manager who did it.
    const written = parseLogLines(api.server.logs()).filter(
      (line) => line.msg === 'business calendar year loaded',
    );
    expect(written).toEqual([expect.objectContaining({ year: 2027, userId: expect.any(String) })]);
  });

  it('other days without replace: YEAR_ALREADY_LOADED, nothing changed', async () => {
    const before = await snapshot();
    const refused = payloadOf(await load(manager, input2027({ days: DAYS_2027.slice(0, 19) })));
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([['YEAR_ALREADY_LOADED', 'year']]);
    expect(refused.errors[0]!.message).toMatch(/replace/);
    expect(await snapshot()).toEqual(before);
  });

  it('with replace: true the year is replaced whole', async () => {
    const days = DAYS_2027.filter((day) => day.date !== '2027-05-03');
    const replaced = payloadOf(await load(manager, input2027({ days, replace: true })));
    expect(replaced.errors).toEqual([]);
    expect(replaced.year).toMatchObject({ year: 2027, dayCount: 19, origin: 'STAFF' });
    expect(replaced.year!.loadedAt > first.loadedAt).toBe(true);

    const [, , stored] = await snapshot();
    expect((stored!.days as Day[]).map((day) => day.date)).not.toContain('2027-05-03');
    expect(await deadline('2027-04-30T12:00:00+03:00')).toMatchObject({
      resolutionDueEarliest: '2027-05-03T15:00:00.000Z',
      calendarKnown: true,
    });
  });
});

describe('loads racing each other', () => {
  const days2028 = ['01', '02', '03', '04', '05', '06', '07', '08']
    .map((d) => `2028-01-${d}`)
    .concat(['2028-02-23', '2028-03-08', '2028-05-01', '2028-05-09', '2028-06-12', '2028-11-04'])
    .map(holiday);
  const input2029 = {
    year: 2029,
    days: days2028.map((day) => ({ ...day, date: day.date.replace('2028', '2029') })),
  };

  it('the same year five times at once: one year stored, every answer the same', async () => {
    const input = { year: 2028, source: DECREE, days: days2028 };
    const answers = await Promise.all(
      Array.from({ length: 5 }, async () => payloadOf(await load(manager, input))),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.year).toMatchObject({ year: 2028, dayCount: 14 });
    const rows = await queryRows(api.database.url, 'select 1 from business_calendar_year');
    expect(rows).toHaveLength(4);
  });

  it('two decrees for one year at once: the first wins, the second is refused', async () => {
    const decrees = ['Постановление А', 'Постановление Б'];
    const answers = await Promise.all(
      decrees.map(async (source) => payloadOf(await load(manager, { ...input2029, source }))),
    );
    const codes = answers.map((answer) => answer.errors.map((e) => e.code).join()).sort();
    expect(codes).toEqual(['', 'YEAR_ALREADY_LOADED']);
    const [row] = await queryRows<{ source: string; days: number }>(
      api.database.url,
      `select source, (select count(*)::int from business_calendar_day where year = 2029) as days
       from business_calendar_year where year = 2029`,
    );
    expect(row!.days).toBe(14);
    expect(answers.find((answer) => answer.year)!.year!.source).toBe(row!.source);
  });
});

describe('a restart imports the shipped file again', () => {
  it('keeps what staff loaded, a year of the file they replaced included', async () => {
    const holidays2026 = DAYS_2027.slice(0, 14).map((day) => ({
      ...day,
      date: day.date.replace('2027', '2026'),
    }));
    const refused = payloadOf(
      await load(manager, { year: 2026, source: DECREE, days: holidays2026 }),
    );
    expect(refused.errors[0]).toMatchObject({ code: 'YEAR_ALREADY_LOADED' });
    expect(refused.errors[0]!.message).toMatch(/content file/);
    const replaced = payloadOf(
      await load(manager, { year: 2026, source: DECREE, days: holidays2026, replace: true }),
    );
    expect(replaced.year).toMatchObject({ year: 2026, dayCount: 14, origin: 'STAFF' });

    const before = await snapshot();
    expect(await api.server.stop()).toBe(0);
    restarted = await startServer({ databaseUrl: api.database.url });

    expect(await snapshot()).toEqual(before);
    const kept = parseLogLines(restarted.logs()).find((line) => line.msg.includes('staff kept'));
    expect(kept).toMatchObject({ years: [2026] });
    expect(await deadline('2027-01-01T12:00:00+03:00', restarted.url)).toMatchObject({
      resolutionDueEarliest: '2027-01-11T15:00:00.000Z',
      calendarKnown: true,
    });
  });
});
