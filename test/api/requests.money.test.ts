/**
 * Hours and money of requests over HTTP: a stage is charged from its minutes, rounded once (C3),
 * checked against an independent exact computation for many minute counts, two K and two rates;
 * and the ledger adds up to the hundredth and to the kopeck after whole lives (C4), the demo
 * customer's 40.00 included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { entriesFor, expectLedgerExact, sumHundredths } from '../support/request-records.js';
import {
  categoryOf,
  data,
  driveTo,
  newCustomer,
  ok,
  startWorld,
  step,
  type Party,
  type RequestView,
  type World,
} from '../support/requests.js';
import { multiply } from './exact-decimal.js';

const ACCOUNT = `{ viewer { customer {
  balance available rate { amount }
  ledger(first: 100) { edges { node { kind hours balanceAfter } } pageInfo { hasNextPage } }
} } }`;

interface Account {
  balance: string;
  available: string;
  rate: { amount: string };
  ledger: {
    edges: { node: { kind: string; hours: string; balanceAfter: string } }[];
    pageInfo: { hasNextPage: boolean };
  };
}

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.api.stop();
});

/** minutes x K / 60, rounded half-up to 0.01 once, on BigInt: what a stage must charge. */
function expectedCharge(minutes: number, coefficient: string): string {
  const [whole, fraction = ''] = coefficient.split('.');
  const numerator = BigInt(minutes) * BigInt(`${whole}${fraction}`) * 100n;
  const denominator = 60n * 10n ** BigInt(fraction.length);
  const hundredths = (2n * numerator + denominator) / (2n * denominator);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

async function accountOf(party: Party): Promise<Account> {
  const result = await data<{ viewer: { customer: Account } }>(
    world.url,
    ACCOUNT,
    {},
    party.headers,
  );
  return result.viewer.customer;
}

/** Logs `minutes` on the stage in work in two entries, delivers it and accepts it. */
async function workStage(party: Party, request: RequestView, index: number, minutes: number) {
  const requestId = request.id;
  const first = Math.ceil(minutes / 2);
  await ok(world, world.specialist, 'logTime', { requestId, minutes: first });
  if (minutes > first) {
    await ok(world, world.specialist, 'logTime', { requestId, minutes: minutes - first });
  }
  await ok(world, world.specialist, 'deliverStage', { requestId });
  const accepted = await step(world, party.headers, 'acceptStage', {
    requestId,
    stageIndex: index,
  });
  expect(accepted.errors).toEqual([]);
  return accepted.request!;
}

/** The API's ledger, oldest first, runs: each balance-moving entry adds to the one before. */
function expectRunningBalance(account: Account): void {
  expect(account.ledger.pageInfo.hasNextPage).toBe(false);
  const entries = account.ledger.edges.map((e) => e.node).reverse();
  let balance = '0.00';
  let held = '0.00';
  for (const entry of entries) {
    if (entry.kind === 'HOLD' || entry.kind === 'RELEASE')
      held = sumHundredths([held, entry.hours]);
    else balance = sumHundredths([balance, entry.hours]);
    expect(entry.balanceAfter, JSON.stringify(entry)).toBe(balance);
  }
  expect(account.balance).toBe(balance);
  expect(account.available).toBe(sumHundredths([balance, `-${held}`]));
}

describe('C3: round once, from minutes', () => {
  it('50 minutes at K 0.6 charge 0.50 norm-hours and 0.50 x the rate, never 0.498', async () => {
    const party = await newCustomer(world, 'C3', '10.00');
    const plan = {
      categoryId: categoryOf(world, true, '0.6').id,
      stages: [{ title: 'Материалы', hours: '1.00' }],
      studyMinutes: 0,
      stageMinutes: 50,
    };
    const done = await driveTo(world, party, 'COMPLETED', plan);
    const rate = (await accountOf(party)).rate.amount;

    expect(done.rate.amount).toBe(rate);
    expect(done.coefficient).toBe('0.6');
    expect(done.stages[0]).toMatchObject({
      actualMinutes: 50,
      actualTime: '0:50',
      chargedHours: '0.50',
      chargedAmount: { amount: multiply(2, '0.50', rate) },
    });
    expect(done.totals.chargedAmount.amount).toBe(multiply(2, '0.50', rate));
    expect(await entriesFor(world, done.id)).toEqual([
      'HOLD 0.60',
      'RELEASE -0.60',
      'CHARGE -0.50',
    ]);
    expect((await accountOf(party)).balance).toBe('9.50');
  });

  const EDGES = [1, 2, 7, 29, 49, 50, 51, 59, 61, 83, 99, 100, 101, 119, 149, 359, 601, 999];
  const random = seeded(20261204);
  const MINUTES = [...EDGES, 1439, 1440];
  const MORE = Array.from({ length: 20 }, () => 1 + Math.floor(random() * 1440));

  it.each([
    ['0.6', 'list', MINUTES],
    ['1', 'list', MINUTES],
    ['0.6', '1234.57', MORE],
    ['1', '1234.57', MORE],
  ] as const)(
    'at K %s and rate %s, every stage charges minutes x K / 60 rounded once, and that x rate',
    async (coefficient, rateName, minutes) => {
      const customRate = rateName === 'list' ? undefined : rateName;
      const party = await newCustomer(world, `K ${coefficient}`, '500.00', customRate);
      const plan = {
        categoryId: categoryOf(world, true, coefficient).id,
        stages: minutes.map((_, i) => ({ title: `Этап ${i + 1}`, hours: '24.00' })),
        studyMinutes: 0,
        stageMinutes: 0,
      };
      let request = await driveTo(world, party, 'IN_PROGRESS', plan);
      for (const [i, count] of minutes.entries()) {
        request = await workStage(party, request, i + 1, count);
      }
      expect(request.status).toBe('COMPLETED');
      const rate = request.rate.amount;
      expect(rate).toBe(customRate ?? (await accountOf(party)).rate.amount);

      const charged = minutes.map((count) => expectedCharge(count, coefficient));
      expect(request.stages.map((s) => s.chargedHours)).toEqual(charged);
      expect(request.stages.map((s) => s.chargedAmount!.amount)).toEqual(
        charged.map((hours) => multiply(2, hours, rate)),
      );
      const total = sumHundredths(charged);
      expect(request.totals.chargedHours).toBe(total);
      expect(request.totals.chargedAmount.amount).toBe(multiply(2, total, rate));
      expect((await expectLedgerExact(world, party.id)).balance).toBe(
        sumHundredths(['500.00', `-${total}`]),
      );
      expectRunningBalance(await accountOf(party));
    },
  );
});

describe('C4: the ledger adds up after whole lives', () => {
  it('the demo flow order -> COMPLETED leaves exactly 40.00 less the charges', async () => {
    const demo = world.demo;
    expect((await accountOf(demo)).balance).toBe('40.00');
    const created = await ok(world, demo.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '0.6').id,
      title: 'Проверка курса',
    });
    const requestId = created.id;
    const staff = (mutation: Parameters<typeof ok>[2], input: Record<string, unknown> = {}) =>
      ok(world, world.specialist, mutation, { requestId, ...input });
    await staff('logTime', { minutes: 50 });
    await staff('sendEstimate', {
      stages: [
        { title: 'Проверка', hours: '1.00' },
        { title: 'Исправления', hours: '2.50' },
      ],
    });
    await ok(world, demo.headers, 'approveEstimate', { requestId });
    const started = await staff('startStage');
    await workStage(demo, started, 1, 45);
    await staff('logTime', { minutes: 100 });
    await staff('logTime', { minutes: 80 });
    await staff('deliverStage');
    await ok(world, demo.headers, 'approveOverrun', { requestId, stageIndex: 2 });
    const done = await ok(world, demo.headers, 'acceptStage', { requestId, stageIndex: 2 });

    expect(done.status).toBe('COMPLETED');
    const charges = [50, 45, 180].map((m) => expectedCharge(m, '0.6'));
    expect(charges).toEqual(['0.50', '0.45', '1.80']);
    const account = await accountOf(demo);
    const charged = account.ledger.edges
      .map((e) => e.node)
      .filter((n) => n.kind === 'CHARGE')
      .map((n) => n.hours);
    expect(sumHundredths(charged)).toBe(`-${sumHundredths(charges)}`);
    expect(account.balance).toBe(sumHundredths(['40.00', ...charged]));
    expect(account).toMatchObject({ balance: '37.25', available: '37.25' });
    expect(done.totals.chargedHours).toBe('2.75');
    expect(done.totals.chargedAmount.amount).toBe(multiply(2, '2.75', account.rate.amount));
    expectRunningBalance(account);
    await expectLedgerExact(world, demo.id);
  });

  it('with holds open, available is balance less held, exactly', async () => {
    const party = await newCustomer(world, 'Открытые резервы', '10.50');
    const plan = {
      categoryId: categoryOf(world, true, '0.6').id,
      stages: [
        { title: 'Первый', hours: '1.25' },
        { title: 'Второй', hours: '2.5' },
      ],
      studyMinutes: 7,
      stageMinutes: 33,
    };
    await driveTo(world, party, 'IN_PROGRESS', plan);
    await driveTo(world, party, 'AWAITING_ACCEPTANCE', plan);
    const account = await accountOf(party);
    // Study 7 min twice (0.07 each); holds 1.25 x 0.6 = 0.75 on each request.
    expect(account).toMatchObject({ balance: '10.36', available: '8.86' });
    expectRunningBalance(account);
    expect(await expectLedgerExact(world, party.id)).toMatchObject({
      balance: '10.36',
      held: '1.50',
    });
  });
});

/** A small deterministic generator, so a failing minute count is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
