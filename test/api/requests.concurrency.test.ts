/**
 * Requests under concurrency, over real HTTP against one server (C6): two starts racing for the
 * same hours, a double click on acceptance, fifty acceptances interleaved with a manager's
 * adjustments on one account, and idempotency keys retried and reused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  entriesFor,
  expectLedgerExact,
  snapshot,
  sumHundredths,
} from '../support/request-records.js';
import {
  adjust,
  categoryOf,
  codes,
  data,
  driveTo,
  key,
  newCustomer,
  ok,
  readRequest,
  startWorld,
  step,
  topUp,
  type Party,
  type Plan,
  type RequestPayload,
  type RequestView,
  type World,
} from '../support/requests.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.api.stop();
});

function oneStage(hours: string, stageMinutes = 30): Plan {
  return {
    categoryId: categoryOf(world, true, '1').id,
    stages: [{ title: 'Этап', hours }],
    studyMinutes: 0,
    stageMinutes,
  };
}

async function availableOf(party: Party): Promise<string> {
  const query = '{ viewer { customer { available } } }';
  const result = await data<{ viewer: { customer: { available: string } } }>(
    world.url,
    query,
    {},
    party.headers,
  );
  return result.viewer.customer.available;
}

describe('C6: two starts racing for the same hours', () => {
  it.each([1, 2, 3, 4, 5])('round %i: one hold, the other SUSPENDED, never both', async () => {
    const party = await newCustomer(world, 'Гонка', '5.00');
    const [a, b] = await Promise.all([
      driveTo(world, party, 'QUEUED', oneStage('3.00')),
      driveTo(world, party, 'QUEUED', oneStage('3.00')),
    ]);

    const starts = await Promise.all(
      [a!, b!].map((request) =>
        step(world, world.specialist, 'startStage', { requestId: request.id }),
      ),
    );

    const started = starts.filter((p) => p.errors.length === 0);
    const refused = starts.filter((p) => p.errors.length > 0);
    expect(started).toHaveLength(1);
    expect(refused.map(codes)).toEqual([['INSUFFICIENT_BALANCE']]);
    expect(started[0]!.request).toMatchObject({ status: 'IN_PROGRESS' });
    expect(refused[0]!.request).toMatchObject({ status: 'SUSPENDED' });
    expect(await availableOf(party)).toBe('2.00');
    expect(await expectLedgerExact(world, party.id)).toMatchObject({
      balance: '5.00',
      held: '3.00',
    });

    const suspendedId = refused[0]!.request!.id;
    expect((await topUp(world, party.id, '1.00')).errors).toEqual([]);
    const resumed = await readRequest(world, party.headers, suspendedId);
    expect(resumed!.status).toBe('IN_PROGRESS');
    expect(resumed!.stages[0]).toMatchObject({ status: 'IN_PROGRESS', heldHours: '3.00' });
    expect(resumed!.history.at(-1)).toMatchObject({
      kind: 'RESUMED',
      fromStatus: 'SUSPENDED',
      toStatus: 'IN_PROGRESS',
      actorEmail: 'manager@example.com',
    });
    expect(await availableOf(party)).toBe('0.00');
    expect(await expectLedgerExact(world, party.id)).toMatchObject({ held: '6.00' });
  });
});

describe('a top-up resumes suspended requests', () => {
  it('first in, first out, as far as it covers, in the top-up\u2019s transaction', async () => {
    const party = await newCustomer(world, 'Очередь приостановленных', '0.50');
    const suspended: RequestView[] = [];
    for (const hours of ['2.00', '3.00', '1.00']) {
      suspended.push(await driveTo(world, party, 'SUSPENDED', oneStage(hours)));
    }
    // 0.50 + 2.50 covers the first (2.00), not the second (3.00): FIFO stops there, though
    // the 1.00 left would cover the third.
    expect((await topUp(world, party.id, '2.50')).errors).toEqual([]);
    const statuses = async () =>
      Promise.all(
        suspended.map(async (r) => (await readRequest(world, party.headers, r.id))!.status),
      );
    expect(await statuses()).toEqual(['IN_PROGRESS', 'SUSPENDED', 'SUSPENDED']);
    expect(await availableOf(party)).toBe('1.00');

    expect((await topUp(world, party.id, '3.00')).errors).toEqual([]);
    expect(await statuses()).toEqual(['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS']);
    expect(await expectLedgerExact(world, party.id)).toMatchObject({
      balance: '6.00',
      held: '6.00',
    });
  });
});

describe('accepting the same stage twice charges once', () => {
  it('a double click with the same key answers alike, one charge', async () => {
    const party = await newCustomer(world, 'Двойной щелчок', '10.00');
    const delivered = await driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00'));
    const input = { requestId: delivered.id, stageIndex: 1, idempotencyKey: key() };

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => step(world, party.headers, 'acceptStage', input)),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.errors).toEqual([]);
    expect(answers[0]!.request!.status).toBe('COMPLETED');
    expect(await entriesFor(world, delivered.id)).toEqual([
      'HOLD 1.00',
      'RELEASE -1.00',
      'CHARGE -0.50',
    ]);
    await expectLedgerExact(world, party.id);
  });

  it('a double click with different keys: one acceptance, the rest INVALID_STATE', async () => {
    const party = await newCustomer(world, 'Разные ключи', '10.00');
    const delivered = await driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00'));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        step(world, party.headers, 'acceptStage', { requestId: delivered.id, stageIndex: 1 }),
      ),
    );
    expect(answers.filter((a) => a.errors.length === 0)).toHaveLength(1);
    expect(answers.flatMap(codes).sort()).toEqual(Array(4).fill('INVALID_STATE'));
    expect(await entriesFor(world, delivered.id)).toEqual([
      'HOLD 1.00',
      'RELEASE -1.00',
      'CHARGE -0.50',
    ]);
  });
});

describe('fifty acceptances and a manager on one account', () => {
  it('leave the ledger summing exactly and never below zero', async () => {
    const party = await newCustomer(world, 'Пятьдесят заявок', '60.00');
    const requests = [];
    for (let batch = 0; batch < 5; batch += 1) {
      requests.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, () =>
            driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00')),
          ),
        )),
      );
    }
    // 50 holds of 1.00: 10.00 available before any acceptance frees 0.50.
    expect(await availableOf(party)).toBe('10.00');

    const accepts = requests.map((r) =>
      step(world, party.headers, 'acceptStage', { requestId: r.id, stageIndex: 1 }),
    );
    const amounts = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? '0.25' : '-0.90'));
    const adjustments = amounts.map((hours) => adjust(world, party.id, hours));
    const [accepted, adjusted] = await Promise.all([
      Promise.all(accepts),
      Promise.all(adjustments),
    ]);

    for (const payload of accepted) {
      expect(payload.errors).toEqual([]);
      expect(payload.request!.status).toBe('COMPLETED');
    }
    const passed = adjusted.filter((a) => a.errors.length === 0);
    const refused = adjusted.filter((a) => a.errors.length > 0);
    expect(refused.every((a) => a.errors[0]!.code === 'INSUFFICIENT_BALANCE')).toBe(true);
    for (const a of passed) expect(a.available!.startsWith('-')).toBe(false);

    const account = await expectLedgerExact(world, party.id);
    const moved = amounts.filter((_, i) => adjusted[i]!.errors.length === 0);
    expect(account.balance).toBe(sumHundredths(['60.00', ...Array(50).fill('-0.50'), ...moved]));
    expect(account.held).toBe('0.00');
  });
});

describe('idempotency keys', () => {
  it('a retry with the same key answers the first result and moves nothing', async () => {
    const party = await newCustomer(world, 'Повторы', '10.00');
    const delivered = await driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00'));
    const input = { requestId: delivered.id, stageIndex: 1, idempotencyKey: key() };
    const first = await step(world, party.headers, 'acceptStage', input);
    const before = await snapshot(world, delivered.id, party.id);

    const again = await step(world, party.headers, 'acceptStage', input);
    expect(again).toEqual(first);
    expect(await snapshot(world, delivered.id, party.id)).toEqual(before);
  });

  it('a retried logTime logs the minutes once', async () => {
    const party = await newCustomer(world, 'Повтор времени', '10.00');
    const started = await driveTo(world, party, 'IN_PROGRESS', oneStage('1.00'));
    const input = { requestId: started.id, minutes: 25, idempotencyKey: key() };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => step(world, world.specialist, 'logTime', input)),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.request!.timeEntries.map((t) => t.minutes)).toEqual([25]);
    const other = await step(world, world.specialist, 'logTime', { ...input, minutes: 26 });
    expect(codes(other)).toEqual(['IDEMPOTENCY_KEY_REUSED:idempotencyKey']);
  });

  it('the same key with other arguments is IDEMPOTENCY_KEY_REUSED, nothing changes', async () => {
    const party = await newCustomer(world, 'Чужой ключ', '10.00');
    const [one, two] = await Promise.all([
      driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00')),
      driveTo(world, party, 'AWAITING_ACCEPTANCE', oneStage('1.00')),
    ]);
    const idempotencyKey = key();
    await ok(world, party.headers, 'acceptStage', {
      requestId: one!.id,
      stageIndex: 1,
      idempotencyKey,
    });
    const before = await snapshot(world, two!.id, party.id);

    const reused = await step(world, party.headers, 'acceptStage', {
      requestId: two!.id,
      stageIndex: 1,
      idempotencyKey,
    });
    expect(codes(reused)).toEqual(['IDEMPOTENCY_KEY_REUSED:idempotencyKey']);
    expect(await snapshot(world, two!.id, party.id)).toEqual(before);
  });

  it('ten parallel creations with one key make one request; keys are per customer', async () => {
    const party = await newCustomer(world, 'Один ключ');
    const other = await newCustomer(world, 'Другой клиент');
    const input = {
      categoryId: categoryOf(world, true, '1').id,
      title: 'Один раз',
      idempotencyKey: key(),
    };
    const created: RequestPayload[] = await Promise.all(
      Array.from({ length: 10 }, () => step(world, party.headers, 'createRequest', input)),
    );
    const ids = new Set(created.map((p) => p.request!.id));
    expect(ids.size).toBe(1);

    const theirs = await ok(world, other.headers, 'createRequest', input);
    expect(ids.has(theirs.id)).toBe(false);
    const renamed = await step(world, party.headers, 'createRequest', { ...input, title: 'Иначе' });
    expect(codes(renamed)).toEqual(['IDEMPOTENCY_KEY_REUSED:idempotencyKey']);

    const mine = await data<{ viewer: { customer: { requests: { edges: unknown[] } } } }>(
      world.url,
      '{ viewer { customer { requests(first: 100) { edges { cursor } } } } }',
      {},
      party.headers,
    );
    expect(mine.viewer.customer.requests.edges).toHaveLength(1);
  });
});
