/**
 * The queue over HTTP (C7): first in, first out by the time of final approval kept to the
 * microsecond, ties broken by number; the position and expected start a customer sees.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import {
  categoryOf,
  data,
  defaultPlan,
  driveTo,
  newCustomer,
  ok,
  readRequest,
  startWorld,
  type Party,
  type World,
} from '../support/requests.js';

const QUEUE = '{ requestQueue { id number queuePosition expectedStart approvedAt } }';

interface QueuedView {
  id: string;
  number: number;
  queuePosition: number | null;
  expectedStart: string | null;
  approvedAt: string | null;
}

let world: World;
let customer: Party;

beforeAll(async () => {
  world = await startWorld({ TEAM_THROUGHPUT_PER_DAY: '8' });
  customer = await newCustomer(world, 'Очередь', '100.00');
});

afterAll(async () => {
  await world?.api.stop();
});

/** Each test starts with an empty queue: whatever an earlier one queued is withdrawn. */
beforeEach(async () => {
  for (const { id } of await queue()) {
    await ok(world, customer.headers, 'withdrawRequest', { requestId: id });
  }
});

async function queue(): Promise<QueuedView[]> {
  return (await data<{ requestQueue: QueuedView[] }>(world.url, QUEUE, {}, world.manager))
    .requestQueue;
}

async function queued(hours = '1.00') {
  const plan = { ...defaultPlan(world), stages: [{ title: 'Работа', hours }] };
  return driveTo(world, customer, 'QUEUED', plan);
}

/** Sets the approval time in the database, as written, in Moscow time. */
async function approvedAt(requestId: string, moscow: string): Promise<void> {
  await queryRows(world.api.database.url, 'update request set approved_at = $1 where id = $2', [
    `${moscow}+03`,
    requestId,
  ]);
}

async function storedApproval(requestId: string): Promise<{ text: string; moscow: string }> {
  const [row] = await queryRows<{ text: string; moscow: string }>(
    world.api.database.url,
    `select approved_at::text as text,
       to_char(approved_at at time zone 'Europe/Moscow', 'YYYY-MM-DD HH24:MI:SS.US') as moscow
     from request where id = $1`,
    [requestId],
  );
  return row!;
}

describe('C7: first in, first out by approval time to the microsecond', () => {
  it('A approved at 10:00:00.600 precedes B at 10:00:01.400, B numbered lower', async () => {
    const b = await queued();
    const a = await queued();
    expect(a.number).toBeGreaterThan(b.number);
    await approvedAt(a.id, '2026-03-02 10:00:00.600');
    await approvedAt(b.id, '2026-03-02 10:00:01.400');

    expect((await storedApproval(a.id)).moscow).toBe('2026-03-02 10:00:00.600000');
    expect((await storedApproval(b.id)).moscow).toBe('2026-03-02 10:00:01.400000');
    expect((await storedApproval(a.id)).text).toMatch(/:00\.6(\+|-)/);
    expect((await queue()).map((r) => [r.id, r.queuePosition])).toEqual([
      [a.id, 1],
      [b.id, 2],
    ]);
    expect((await readRequest(world, customer.headers, a.id))!.queuePosition).toBe(1);
    expect((await readRequest(world, customer.headers, b.id))!.queuePosition).toBe(2);
    expect((await queue())[0]!.approvedAt).toBe('2026-03-02T07:00:00.600Z');
  });

  it('one microsecond apart orders by time; the same instant falls to the number', async () => {
    const [later, earlier, tieHigh] = [await queued(), await queued(), await queued()];
    await approvedAt(later.id, '2026-03-02 10:00:00.000002');
    await approvedAt(earlier.id, '2026-03-02 10:00:00.000001');
    await approvedAt(tieHigh.id, '2026-03-02 10:00:00.000002');

    expect((await storedApproval(earlier.id)).moscow).toBe('2026-03-02 10:00:00.000001');
    expect((await queue()).map((r) => r.id)).toEqual([earlier.id, later.id, tieHigh.id]);
  });

  it('an approval itself is stored with its fraction of a second', async () => {
    const request = await queued();
    const { text } = await storedApproval(request.id);
    expect(text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{1,6}[+-]/);
    expect(new Date(request.approvedAt!).getTime()).toBeGreaterThan(
      new Date(request.submittedAt).getTime(),
    );
  });
});

describe('position and expected start', () => {
  it('grow with the work ahead; requests out of the queue have neither', async () => {
    const since = Date.now();
    const first = await queued('2.00');
    const second = await queued('3.00');
    const third = await queued('1.00');
    const started = await driveTo(world, customer, 'IN_PROGRESS');
    const places = await queue();
    const until = Date.now();

    expect(places.map((r) => [r.id, r.queuePosition])).toEqual([
      [first.id, 1],
      [second.id, 2],
      [third.id, 3],
    ]);
    const [one, two, three] = places.map((r) => new Date(r.expectedStart!).getTime()) as [
      number,
      number,
      number,
    ];
    expect(two).toBeGreaterThan(one);
    expect(three).toBeGreaterThan(two);
    expectAtWork(one, since, until);
    // 2.00 and then 3.00 norm-hours at 8 per business day: 2 and 5 business hours later.
    expect(two - one).toBeGreaterThanOrEqual(2 * HOUR);
    expect(three - two).toBeGreaterThanOrEqual(3 * HOUR);
    if (sameMoscowDay(one, three)) expect([two - one, three - one]).toEqual([2 * HOUR, 5 * HOUR]);

    const seen = await readRequest(world, customer.headers, started.id, 'queuePosition');
    expect(seen).toEqual({ queuePosition: null });
    const expected = await data<{ request: { expectedStart: string | null } }>(
      world.url,
      'query($id: ID!) { request(id: $id) { expectedStart } }',
      { id: started.id },
      customer.headers,
    );
    expect(expected.request.expectedStart).toBeNull();
  });

  it('the customer sees the same places in its own list', async () => {
    const first = await queued();
    const second = await queued();
    const list = await data<{
      viewer: { customer: { requests: { edges: { node: QueuedView }[] } } };
    }>(
      world.url,
      `{ viewer { customer { requests(first: 10, statuses: [QUEUED]) {
        edges { node { id number queuePosition expectedStart approvedAt } }
      } } } }`,
      {},
      customer.headers,
    );
    const nodes = list.viewer.customer.requests.edges.map((e) => e.node);
    expect(nodes.map((n) => [n.id, n.queuePosition])).toEqual([
      [second.id, 2],
      [first.id, 1],
    ]);
  });

  it('requestQueue is for staff only', async () => {
    const refused = await post(world.url, QUEUE, {}, customer.headers);
    expect(refused.body.errors?.[0]?.extensions?.code, refused.text).toBe('FORBIDDEN');
    expect(refused.body.data ?? null).toBeNull();
  });
});

describe('a queue too long to promise', () => {
  // Last in the file: the charge it makes changes the team's throughput for what follows.
  it('answers without a date rather than walking the calendar for centuries', async () => {
    const k06 = categoryOf(world, true, '0.6').id;
    const studied = await ok(world, customer.headers, 'createRequest', {
      categoryId: k06,
      title: 'Минута',
    });
    await ok(world, world.specialist, 'logTime', { requestId: studied.id, minutes: 1 });
    await ok(world, world.specialist, 'sendEstimate', {
      requestId: studied.id,
      stages: [{ title: 'Э', hours: '1' }],
    });
    // 0.01 norm-hour in 20 business days: 0.0005 a day, so 10000 ahead is 20 million days.
    const huge = await queued('10000');
    const behind = await queued('1.00');

    expect((await queue()).map((r) => [r.id, r.expectedStart !== null])).toEqual([
      [huge.id, true],
      [behind.id, false],
    ]);
    const seen = await readRequest(world, customer.headers, behind.id, 'queuePosition');
    expect(seen).toEqual({ queuePosition: 2 });
  });
});

const HOUR = 3_600_000;

/** The first in the queue starts at once when the team is at work, else at the next opening. */
function expectAtWork(instant: number, since: number, until: number): void {
  const now = instant >= since && instant <= until;
  const opening = moscowClock(instant) === '10:00:00.000';
  expect(now || opening, new Date(instant).toISOString()).toBe(true);
}

function moscowClock(instant: number): string {
  return new Date(instant + 3 * HOUR).toISOString().slice(11, 23);
}

function sameMoscowDay(a: number, b: number): boolean {
  const day = (t: number) => new Date(t + 3 * HOUR).toISOString().slice(0, 10);
  return day(a) === day(b);
}
