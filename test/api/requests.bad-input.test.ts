/**
 * Bad input to requests over HTTP (C8): an explicit null is not absence; minutes, stage hours,
 * titles, stage counts, unknown and malformed ids, stage numbers and idempotency keys out of
 * bounds. Each is a clear error with a code, never a 500, and nothing stored changes.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { post, type GraphQLResult } from '../support/graphql.js';
import { snapshot, storedState } from '../support/request-records.js';
import {
  codes,
  defaultPlan,
  driveTo,
  key,
  newCustomer,
  ok,
  readRequest,
  send,
  startWorld,
  type Headers,
  type Mutation,
  type Party,
  type RequestView,
  type World,
} from '../support/requests.js';
import { expectBadUserInput, expectReadable } from './expectations.js';

let world: World;
let customer: Party;
let fresh: RequestView;
let delivered: RequestView;

beforeAll(async () => {
  world = await startWorld();
  customer = await newCustomer(world, 'Плохой ввод', '100.00');
  fresh = await driveTo(world, customer, 'NEW');
  delivered = await driveTo(world, customer, 'AWAITING_ACCEPTANCE');
});

afterAll(async () => {
  await world?.api.stop();
});

/** A bad call: who sends what, and the payload codes expected, or a top-level refusal. */
interface BadCall {
  mutation: Mutation;
  who: 'customer' | 'staff';
  input: () => Record<string, unknown>;
  expected: string[] | 'TOP_LEVEL';
}

const long = (n: number) => 'я'.repeat(n);
const stages = (hours: unknown, title: unknown = 'Этап') => [{ title, hours }];

const update = (change: Record<string, unknown>, expected: BadCall['expected']): BadCall => ({
  mutation: 'updateRequest',
  who: 'customer',
  input: () => ({ requestId: fresh.id, ...change }),
  expected,
});

const logTime = (minutes: unknown, expected: BadCall['expected'], idempotencyKey = key()) => ({
  mutation: 'logTime' as const,
  who: 'staff' as const,
  input: () => ({ requestId: fresh.id, minutes, idempotencyKey }),
  expected,
});

const estimate = (planned: unknown, expected: BadCall['expected']): BadCall => ({
  mutation: 'sendEstimate',
  who: 'staff',
  input: () => ({ requestId: fresh.id, stages: planned, idempotencyKey: key() }),
  expected,
});

const create = (change: Record<string, unknown>, expected: BadCall['expected']): BadCall => ({
  mutation: 'createRequest',
  who: 'customer',
  input: () => ({
    categoryId: defaultPlan(world).categoryId,
    title: 'Заявка',
    idempotencyKey: key(),
    ...change,
  }),
  expected,
});

const onId = (mutation: Mutation, requestId: string, expected: string[]): BadCall => ({
  mutation,
  who: mutation === 'approveEstimate' ? 'customer' : 'staff',
  input: () => ({ requestId, idempotencyKey: key() }),
  expected,
});

const accept = (stageIndex: unknown, expected: BadCall['expected'], idempotencyKey = key()) => ({
  mutation: 'acceptStage' as const,
  who: 'customer' as const,
  input: () => ({ requestId: delivered.id, stageIndex, idempotencyKey }),
  expected,
});

const MALFORMED_IDS = ['nonsense', '-'.repeat(36), 'a'.repeat(36), '', `${randomUUID()}x`];

const CASES: [string, BadCall][] = [
  ['title: null (C8)', update({ title: null }, ['BAD_USER_INPUT:title'])],
  ['description: null', update({ description: null }, ['BAD_USER_INPUT:description'])],
  ['an empty title', update({ title: '' }, ['BAD_USER_INPUT:title'])],
  ['a blank title', update({ title: '   ' }, ['BAD_USER_INPUT:title'])],
  ['a title of 201 characters', update({ title: long(201) }, ['BAD_USER_INPUT:title'])],
  ['a title of a number', update({ title: 5 }, 'TOP_LEVEL')],
  ['a description too long', update({ description: long(10_001) }, ['BAD_USER_INPUT:description'])],
  ['minutes 0', logTime(0, ['BAD_USER_INPUT:minutes'])],
  ['minutes -5', logTime(-5, ['BAD_USER_INPUT:minutes'])],
  ['minutes 1441', logTime(1441, ['BAD_USER_INPUT:minutes'])],
  ['minutes 100000', logTime(100_000, ['BAD_USER_INPUT:minutes'])],
  ['minutes 1.5', logTime(1.5, 'TOP_LEVEL')],
  ['minutes "10"', logTime('10', 'TOP_LEVEL')],
  ['minutes null', logTime(null, 'TOP_LEVEL')],
  ['minutes 2^31', logTime(2 ** 31, 'TOP_LEVEL')],
  ['an empty key', logTime(10, ['BAD_USER_INPUT:idempotencyKey'], '')],
  ['a blank key', logTime(10, ['BAD_USER_INPUT:idempotencyKey'], '  ')],
  ['a key of 201 characters', logTime(10, ['BAD_USER_INPUT:idempotencyKey'], 'k'.repeat(201))],
  ['hours "1,5"', estimate(stages('1,5'), 'TOP_LEVEL')],
  ['hours "1e2"', estimate(stages('1e2'), 'TOP_LEVEL')],
  ['hours 1.5 as a JSON number', estimate(stages(1.5), 'TOP_LEVEL')],
  ['hours null', estimate(stages(null), 'TOP_LEVEL')],
  ['hours "0"', estimate(stages('0'), ['BAD_USER_INPUT:stages[0].hours'])],
  ['hours "-1"', estimate(stages('-1'), ['BAD_USER_INPUT:stages[0].hours'])],
  ['hours "0.001"', estimate(stages('0.001'), ['BAD_USER_INPUT:stages[0].hours'])],
  ['hours "10000.01"', estimate(stages('10000.01'), ['BAD_USER_INPUT:stages[0].hours'])],
  [
    'a second stage at "-0.5"',
    estimate([...stages('1'), ...stages('-0.5')], ['BAD_USER_INPUT:stages[1].hours']),
  ],
  ['21 stages', estimate(Array(21).fill(stages('1')[0]), ['BAD_USER_INPUT:stages'])],
  ['no stage', estimate([], ['BAD_USER_INPUT:stages'])],
  ['a stage with an empty title', estimate(stages('1', ''), ['BAD_USER_INPUT:stages[0].title'])],
  ['a stage with a blank title', estimate(stages('1', ' '), ['BAD_USER_INPUT:stages[0].title'])],
  ['a stage title too long', estimate(stages('1', long(201)), ['BAD_USER_INPUT:stages[0].title'])],
  ['a stage title null', estimate(stages('1', null), 'TOP_LEVEL')],
  ['an unknown category', create({ categoryId: 'no-such-category' }, ['NOT_FOUND:categoryId'])],
  [
    'a category id of 5000 characters',
    create({ categoryId: long(5000) }, ['NOT_FOUND:categoryId']),
  ],
  ['an unknown service', create({ serviceCode: '9.9' }, ['NOT_FOUND:serviceCode'])],
  ['an unknown typical work', create({ typicalWorkId: 'nothing' }, ['NOT_FOUND:typicalWorkId'])],
  ['a new title too long', create({ title: long(201) }, ['BAD_USER_INPUT:title'])],
  [
    'a reason of 2001 characters',
    {
      mutation: 'rejectRequest',
      who: 'staff',
      input: () => ({ requestId: fresh.id, comment: long(2001), idempotencyKey: key() }),
      expected: ['BAD_USER_INPUT:comment'],
    },
  ],
  [
    'a note of 2001 characters',
    {
      mutation: 'logTime',
      who: 'staff',
      input: () => ({ requestId: fresh.id, minutes: 5, note: long(2001), idempotencyKey: key() }),
      expected: ['BAD_USER_INPUT:note'],
    },
  ],
  [
    'a new description too long',
    create({ description: long(10_001) }, ['BAD_USER_INPUT:description']),
  ],
  ['a new request with a null description', create({ description: null }, 'TOP_LEVEL')],
  [
    'a new request with an empty key',
    create({ idempotencyKey: '' }, ['BAD_USER_INPUT:idempotencyKey']),
  ],
  ['an unknown request', onId('approveEstimate', randomUUID(), ['NOT_FOUND:requestId'])],
  ...MALFORMED_IDS.flatMap((id): [string, BadCall][] => [
    [`request id ${JSON.stringify(id)}`, onId('approveEstimate', id, ['NOT_FOUND:requestId'])],
    [`staff on id ${JSON.stringify(id)}`, onId('startStage', id, ['NOT_FOUND:requestId'])],
  ]),
  ['stage 0', accept(0, ['INVALID_STATE:stageIndex'])],
  ['stage -1', accept(-1, ['INVALID_STATE:stageIndex'])],
  ['stage 99', accept(99, ['INVALID_STATE:stageIndex'])],
  ['stage 2^31 - 1', accept(2 ** 31 - 1, ['INVALID_STATE:stageIndex'])],
  ['stage 2^31', accept(2 ** 31, 'TOP_LEVEL')],
  ['stage 1.5', accept(1.5, 'TOP_LEVEL')],
  [
    'an acceptance with a key of 201',
    accept(1, ['BAD_USER_INPUT:idempotencyKey'], 'k'.repeat(201)),
  ],
];

describe('refused with a code, never a 500, nothing stored changes', () => {
  it.each(CASES)('%s', async (_name, call) => {
    const headers: Headers = call.who === 'customer' ? customer.headers : world.specialist;
    const before = await storedState(world);

    const result = await send(world, headers, call.mutation, call.input());

    if (call.expected === 'TOP_LEVEL') {
      expectBadUserInput(result);
    } else {
      expect(result.status, result.text).toBe(200);
      expect(result.body.errors, result.text).toBeUndefined();
      const payload = result.body.data![call.mutation]!;
      expect(codes(payload)).toEqual(call.expected);
      expect(payload.request).toBeNull();
      for (const error of payload.errors) {
        expectReadable({ message: error.message, extensions: { code: error.code } });
      }
    }
    expect(await storedState(world)).toEqual(before);
  });
});

describe('C8: explicit null is not absence', () => {
  it('a field left out stays; an edit that changes nothing writes nothing', async () => {
    const request = await driveTo(world, customer, 'NEW');
    const edited = await ok(world, customer.headers, 'updateRequest', {
      requestId: request.id,
      description: 'Подробности',
    });
    expect([edited.title, edited.description]).toEqual([request.title, 'Подробности']);

    const before = await snapshot(world, request.id, customer.id);
    for (const change of [{}, { title: request.title }, { description: 'Подробности' }]) {
      const same = await ok(world, customer.headers, 'updateRequest', {
        requestId: request.id,
        ...change,
      });
      expect(same.title).toBe(request.title);
    }
    expect(await snapshot(world, request.id, customer.id)).toEqual(before);
  });
});

describe('the bounds themselves are accepted', () => {
  it('1440 minutes, 20 stages of 0.01 to 10000 hours, a key of 200 characters', async () => {
    const request = await driveTo(world, customer, 'NEW');
    await ok(world, world.specialist, 'logTime', {
      requestId: request.id,
      minutes: 1440,
      idempotencyKey: 'k'.repeat(200),
    });
    const planned = Array.from({ length: 20 }, (_, i) => ({
      title: long(200),
      hours: i === 0 ? '0.01' : i === 1 ? '10000' : '1',
    }));
    const sent = await ok(world, world.specialist, 'sendEstimate', {
      requestId: request.id,
      stages: planned,
    });
    expect(sent.stages).toHaveLength(20);
    expect(sent.stages.slice(0, 2).map((s) => s.estimateHours)).toEqual(['0.01', '10000.00']);
  });
});

describe('queries', () => {
  it.each(MALFORMED_IDS)('request(id: %j) is null, not a failure', async (id) => {
    const result = await post(
      world.url,
      'query($id: ID!) { request(id: $id) { id } }',
      { id },
      customer.headers,
    );
    expect(result.status, result.text).toBe(200);
    expect(result.body, result.text).toEqual({ data: { request: null } });
    expect(await readRequest(world, world.specialist, fresh.id)).not.toBeNull();
  });

  it.each([
    ['first: 101', { first: 101 }],
    ['first: -1', { first: -1 }],
    ['a forged cursor', { after: 'bm9wZQ' }],
    ['a cursor of the ledger', { after: Buffer.from('ledger:1').toString('base64url') }],
    ['an unknown status', { statuses: ['BOGUS'] }],
  ])('requests with %s is BAD_USER_INPUT', async (_name, variables) => {
    const query = `query($first: Int, $after: String, $statuses: [RequestStatus!]) {
      viewer { customer { requests(first: $first, after: $after, statuses: $statuses) {
        edges { cursor }
      } } }
    }`;
    expectRefusedField(await post(world.url, query, variables, customer.headers));
    const all = `query($first: Int, $after: String, $statuses: [RequestStatus!]) {
      allRequests(first: $first, after: $after, statuses: $statuses) { edges { cursor } }
    }`;
    expectRefusedField(await post(world.url, all, variables, world.manager));
  });
});

/** A field's argument refused: BAD_USER_INPUT at the top level, readable, never a 500. */
function expectRefusedField(result: GraphQLResult<unknown>): void {
  expect(result.status, result.text).toBeLessThan(500);
  expect(
    result.body.errors?.map((e) => e.extensions?.code),
    result.text,
  ).toEqual(['BAD_USER_INPUT']);
  expectReadable(result.body.errors![0]!);
}
