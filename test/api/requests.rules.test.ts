/**
 * The rules of a request's life that move hours, over HTTP: a whole life with its history,
 * withdrawal before the start and of the rest of a staged request, rejection, decline, return,
 * overruns approved (and approved again), fixed labour, warranty work and the study charged with
 * the estimate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  accountCheck,
  entriesFor,
  expectLedgerExact,
  snapshot,
  sumHundredths,
} from '../support/request-records.js';
import {
  categoryOf,
  codes,
  data,
  defaultPlan,
  driveTo,
  newCustomer,
  ok,
  readRequest,
  startWorld,
  step,
  topUp,
  type Party,
  type Plan,
  type World,
} from '../support/requests.js';

let world: World;
let customer: Party;

beforeAll(async () => {
  world = await startWorld();
  customer = await newCustomer(world, 'Правила', '1000.00');
});

afterAll(async () => {
  await world?.api.stop();
});

const staff = (mutation: Parameters<typeof ok>[2], input: Record<string, unknown>) =>
  ok(world, world.specialist, mutation, input);

function plan(stages: string[], extra: Partial<Plan> = {}): Plan {
  const titles = stages.map((hours, i) => ({ title: `Этап ${i + 1}`, hours }));
  return { ...defaultPlan(world), stages: titles, ...extra };
}

describe('a whole life', () => {
  it('records who did what, when and why, and charges each stage from its minutes', async () => {
    const created = await ok(world, customer.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '1').id,
      title: 'Настроить SSO',
    });
    const requestId = created.id;
    await staff('logTime', { requestId, minutes: 20, note: 'разбор' });
    await staff('sendEstimate', {
      requestId,
      comment: 'два этапа',
      stages: [
        { title: 'Анализ', hours: '1.00' },
        { title: 'Настройка', hours: '2.00' },
      ],
    });
    await ok(world, customer.headers, 'approveEstimate', { requestId });
    await ok(world, world.manager, 'startStage', { requestId });
    await staff('logTime', { requestId, minutes: 40 });
    await staff('deliverStage', { requestId, comment: 'готово' });
    const returned = { requestId, stageIndex: 1, comment: 'не тот домен' };
    await ok(world, customer.headers, 'returnStage', returned);
    await staff('logTime', { requestId, minutes: 10 });
    await staff('deliverStage', { requestId });
    await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 1 });
    await staff('logTime', { requestId, minutes: 60 });
    await staff('deliverStage', { requestId });
    const done = await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 2 });

    const rep = [customer.email, 'CUSTOMER'];
    const spec = ['specialist@example.com', 'SPECIALIST'];
    expect(
      done.history.map((l) => [
        l.kind,
        l.fromStatus,
        l.toStatus,
        l.stageIndex,
        l.actorEmail,
        l.actorRole,
        l.comment,
      ]),
    ).toEqual([
      ['CREATED', null, 'NEW', null, ...rep, null],
      ['TIME_LOGGED', 'NEW', 'ESTIMATING', null, ...spec, '0:20: разбор'],
      ['ESTIMATE_SENT', 'ESTIMATING', 'AWAITING_APPROVAL', null, ...spec, 'два этапа'],
      ['APPROVED', 'AWAITING_APPROVAL', 'QUEUED', null, ...rep, null],
      ['STAGE_STARTED', 'QUEUED', 'IN_PROGRESS', 1, 'manager@example.com', 'MANAGER', null],
      ['TIME_LOGGED', 'IN_PROGRESS', 'IN_PROGRESS', 1, ...spec, '0:40'],
      ['STAGE_DELIVERED', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 1, ...spec, 'готово'],
      ['STAGE_RETURNED', 'AWAITING_ACCEPTANCE', 'IN_PROGRESS', 1, ...rep, 'не тот домен'],
      ['TIME_LOGGED', 'IN_PROGRESS', 'IN_PROGRESS', 1, ...spec, '0:10'],
      ['STAGE_DELIVERED', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 1, ...spec, null],
      ['STAGE_ACCEPTED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 1, ...rep, '0:50, 0,83 н·ч'],
      ['STAGE_STARTED', 'AWAITING_ACCEPTANCE', 'IN_PROGRESS', 2, null, null, null],
      ['TIME_LOGGED', 'IN_PROGRESS', 'IN_PROGRESS', 2, ...spec, '1:00'],
      ['STAGE_DELIVERED', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 2, ...spec, null],
      ['STAGE_ACCEPTED', 'AWAITING_ACCEPTANCE', 'AWAITING_ACCEPTANCE', 2, ...rep, '1:00, 1,00 н·ч'],
      ['COMPLETED', 'AWAITING_ACCEPTANCE', 'COMPLETED', null, ...rep, null],
    ]);
    const times = done.history.map((l) => new Date(l.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(done.closedAt).toBe(done.history.at(-1)!.at);

    expect(await entriesFor(world, requestId)).toEqual([
      'CHARGE -0.33',
      'HOLD 1.00',
      'RELEASE -1.00',
      'CHARGE -0.83',
      'HOLD 2.00',
      'RELEASE -2.00',
      'CHARGE -1.00',
    ]);
    expect(done.stages.map((s) => [s.status, s.actualMinutes, s.chargedHours])).toEqual([
      ['ACCEPTED', 50, '0.83'],
      ['ACCEPTED', 60, '1.00'],
    ]);
    expect(done.totals).toMatchObject({ loggedMinutes: 130, heldHours: '0.00' });
    expect(done.totals.chargedHours).toBe('2.16');
    await expectLedgerExact(world, customer.id);
  });
});

describe('withdrawal', () => {
  it('of a request not started moves no hours beyond the study already charged', async () => {
    const queued = await driveTo(world, customer, 'QUEUED', plan(['1.00'], { studyMinutes: 30 }));
    const before = await accountCheck(world, customer.id);
    const withdrawn = await ok(world, customer.headers, 'withdrawRequest', {
      requestId: queued.id,
      comment: 'сделали сами',
    });

    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.closedAt).not.toBeNull();
    expect(withdrawn.stages.map((s) => s.status)).toEqual(['WITHDRAWN']);
    expect(await entriesFor(world, queued.id)).toEqual(['CHARGE -0.50']);
    expect(await accountCheck(world, customer.id)).toEqual(before);
  });

  it('of the rest of stages keeps accepted stages charged, releases the hold', async () => {
    const staged = plan(['1.00', '2.00', '3.00']);
    const delivered = await driveTo(world, customer, 'AWAITING_ACCEPTANCE', staged);
    const requestId = delivered.id;
    const started = await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 1 });
    expect(started.stages.map((s) => [s.status, s.heldHours])).toEqual([
      ['ACCEPTED', '0.00'],
      ['IN_PROGRESS', '2.00'],
      ['PLANNED', '0.00'],
    ]);
    const before = await accountCheck(world, customer.id);

    const withdrawn = await ok(world, customer.headers, 'withdrawRequest', { requestId });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.stages.map((s) => [s.status, s.heldHours, s.chargedHours])).toEqual([
      ['ACCEPTED', '0.00', '0.50'],
      ['WITHDRAWN', '0.00', null],
      ['WITHDRAWN', '0.00', null],
    ]);
    expect(await entriesFor(world, requestId)).toEqual([
      'HOLD 1.00',
      'RELEASE -1.00',
      'CHARGE -0.50',
      'HOLD 2.00',
      'RELEASE -2.00',
    ]);
    const after = await expectLedgerExact(world, customer.id);
    expect(after.balance).toBe(before.balance);
    expect(after.held).toBe(sumHundredths([before.held, '-2.00']));
  });

  it('of a suspended staged request withdraws its planned stages', async () => {
    const party = await newCustomer(world, 'Приостановлено и отозвано', '1.50');
    const suspended = await driveTo(world, party, 'AWAITING_ACCEPTANCE', plan(['1.00', '5.00']));
    const accepted = await step(world, party.headers, 'acceptStage', {
      requestId: suspended.id,
      stageIndex: 1,
    });
    // The acceptance stands; the next stage waits for a top-up, which the status says.
    expect(codes(accepted)).toEqual([]);
    expect(accepted.request!.status).toBe('SUSPENDED');

    const withdrawn = await ok(world, party.headers, 'withdrawRequest', {
      requestId: suspended.id,
    });
    expect(withdrawn.stages.map((s) => s.status)).toEqual(['ACCEPTED', 'WITHDRAWN']);
    expect(await expectLedgerExact(world, party.id)).toMatchObject({
      balance: '1.00',
      held: '0.00',
    });
  });

  it('is refused once the stage in work has time logged, and nothing changes', async () => {
    const started = await driveTo(world, customer, 'IN_PROGRESS');
    await staff('logTime', { requestId: started.id, minutes: 5 });
    const before = await snapshot(world, started.id, customer.id);

    const refused = await step(world, customer.headers, 'withdrawRequest', {
      requestId: started.id,
    });
    expect(codes(refused)).toEqual(['INVALID_STATE']);
    expect(await snapshot(world, started.id, customer.id)).toEqual(before);
  });
});

describe('rejection, decline and return', () => {
  it('a rejection needs a reason, and moves no hours', async () => {
    const fresh = await driveTo(world, customer, 'NEW');
    const before = await snapshot(world, fresh.id, customer.id);
    for (const comment of [undefined, '', '   ']) {
      const refused = await step(world, world.specialist, 'rejectRequest', {
        requestId: fresh.id,
        comment,
      });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT:comment']);
    }
    expect(await snapshot(world, fresh.id, customer.id)).toEqual(before);

    const rejected = await staff('rejectRequest', { requestId: fresh.id, comment: ' не к нам ' });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.history.at(-1)!.comment).toBe('не к нам');
    expect(await entriesFor(world, fresh.id)).toEqual([]);
  });

  it('a declined estimate withdraws the stages; the study charged with it stays', async () => {
    const sent = await driveTo(
      world,
      customer,
      'AWAITING_APPROVAL',
      plan(['4.00'], { studyMinutes: 90 }),
    );
    const declined = await ok(world, customer.headers, 'declineEstimate', {
      requestId: sent.id,
      comment: 'дорого',
    });
    expect(declined.status).toBe('DECLINED');
    expect(declined.stages.map((s) => s.status)).toEqual(['WITHDRAWN']);
    expect(await entriesFor(world, sent.id)).toEqual(['CHARGE -1.50']);
    expect(declined.totals.chargedHours).toBe('1.50');
    await expectLedgerExact(world, customer.id);
  });

  it('a return needs a comment and the delivered stage; the hold stays in place', async () => {
    const delivered = await driveTo(world, customer, 'AWAITING_ACCEPTANCE');
    const requestId = delivered.id;
    const before = await snapshot(world, requestId, customer.id);
    const noComment = await step(world, customer.headers, 'returnStage', {
      requestId,
      stageIndex: 1,
      comment: ' ',
    });
    expect(codes(noComment)).toEqual(['BAD_USER_INPUT:comment']);
    const otherStage = await step(world, customer.headers, 'returnStage', {
      requestId,
      stageIndex: 2,
      comment: 'не тот этап',
    });
    expect(codes(otherStage)).toEqual(['INVALID_STATE:stageIndex']);
    expect(await snapshot(world, requestId, customer.id)).toEqual(before);

    const held = (await accountCheck(world, customer.id)).held;
    const returned = await ok(world, customer.headers, 'returnStage', {
      requestId,
      stageIndex: 1,
      comment: 'переделать',
    });
    expect(returned.status).toBe('IN_PROGRESS');
    expect(returned.stages[0]).toMatchObject({
      status: 'IN_PROGRESS',
      deliveredAt: null,
      heldHours: '1.00',
      actualMinutes: 30,
    });
    expect((await accountCheck(world, customer.id)).held).toBe(held);
  });
});

describe('overruns', () => {
  it('need approval, and time logged after an approval needs approving again', async () => {
    const over = plan(['1.00'], { stageMinutes: 70 });
    const delivered = await driveTo(world, customer, 'AWAITING_ACCEPTANCE', over);
    const requestId = delivered.id;
    expect(delivered.stages[0]).toMatchObject({ overrunMinutes: 10, overrunApproved: false });
    const seen = await readRequest(world, customer.headers, requestId);
    expect(seen!.actions).toContain('approveOverrun');
    expect(seen!.actions).not.toContain('acceptStage');

    await expectRefusedAccept(requestId, 'OVERRUN_NOT_APPROVED:stageIndex');
    const approved = await ok(world, customer.headers, 'approveOverrun', {
      requestId,
      stageIndex: 1,
    });
    expect(approved.stages[0]).toMatchObject({ overrunMinutes: 10, overrunApproved: true });

    await ok(world, customer.headers, 'returnStage', { requestId, stageIndex: 1, comment: 'ещё' });
    await staff('logTime', { requestId, minutes: 5 });
    const again = await staff('deliverStage', { requestId });
    expect(again.stages[0]).toMatchObject({ overrunMinutes: 15, overrunApproved: false });
    await expectRefusedAccept(requestId, 'OVERRUN_NOT_APPROVED:stageIndex');

    await ok(world, customer.headers, 'approveOverrun', { requestId, stageIndex: 1 });
    const done = await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 1 });
    expect(done.stages[0]!.chargedHours).toBe('1.25');
    expect(await entriesFor(world, requestId)).toEqual([
      'HOLD 1.00',
      'RELEASE -1.00',
      'CHARGE -1.25',
    ]);
    await expectLedgerExact(world, customer.id);
  });

  it('approving a stage with no overrun is INVALID_STATE', async () => {
    const delivered = await driveTo(world, customer, 'AWAITING_ACCEPTANCE');
    const before = await snapshot(world, delivered.id, customer.id);
    const refused = await step(world, customer.headers, 'approveOverrun', {
      requestId: delivered.id,
      stageIndex: 1,
    });
    expect(codes(refused)).toEqual(['INVALID_STATE:stageIndex']);
    expect(await snapshot(world, delivered.id, customer.id)).toEqual(before);
  });

  it('an approved overrun the balance does not cover is refused until a top-up', async () => {
    const party = await newCustomer(world, 'Перерасход', '1.00');
    const over = plan(['1.00'], { stageMinutes: 90 });
    const delivered = await driveTo(world, party, 'AWAITING_ACCEPTANCE', over);
    await ok(world, party.headers, 'approveOverrun', { requestId: delivered.id, stageIndex: 1 });
    const before = await snapshot(world, delivered.id, party.id);

    const input = { requestId: delivered.id, stageIndex: 1 };
    const refused = await step(world, party.headers, 'acceptStage', input);
    expect(codes(refused)).toEqual(['INSUFFICIENT_BALANCE']);
    expect(await snapshot(world, delivered.id, party.id)).toEqual(before);

    expect((await topUp(world, party.id, '0.50')).errors).toEqual([]);
    const done = await ok(world, party.headers, 'acceptStage', input);
    expect(done.status).toBe('COMPLETED');
    expect(await expectLedgerExact(world, party.id)).toMatchObject({ balance: '0.00' });
  });

  async function expectRefusedAccept(requestId: string, code: string) {
    const before = await snapshot(world, requestId, customer.id);
    const refused = await step(world, customer.headers, 'acceptStage', {
      requestId,
      stageIndex: 1,
    });
    expect(codes(refused)).toEqual([code]);
    expect(await snapshot(world, requestId, customer.id)).toEqual(before);
  }
});

describe('fixed labour', () => {
  it('charges the fixed hours whatever time is logged, once the stages add up', async () => {
    const { services } = await data<{
      services: { code: string; labourMode: string; fixedHours: string | null }[];
    }>(world.url, '{ services { code labourMode fixedHours } }');
    const fixed = services.find((s) => s.labourMode === 'FIXED' && s.fixedHours === '10.00')!;
    const created = await ok(world, customer.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '1').id,
      serviceCode: fixed.code,
    });
    const requestId = created.id;
    // Study of a fixed-labour request is recorded, never charged on top of the fixed hours.
    await staff('logTime', { requestId, minutes: 45 });

    const mismatch = await step(world, world.specialist, 'sendEstimate', {
      requestId,
      stages: [
        { title: 'Прототип', hours: '4.00' },
        { title: 'Доработка', hours: '5.00' },
      ],
    });
    expect(codes(mismatch)).toEqual(['FIXED_HOURS_MISMATCH:stages']);
    expect(mismatch.errors[0]!.message).toContain('10.00');

    const stages = [
      { title: 'Прототип', hours: '4.00' },
      { title: 'Доработка', hours: '6.00' },
    ];
    await staff('sendEstimate', { requestId, stages });
    await ok(world, customer.headers, 'approveEstimate', { requestId });
    await staff('startStage', { requestId });
    // Nothing logged: a fixed stage may be delivered all the same.
    await staff('deliverStage', { requestId });
    await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 1 });
    await staff('logTime', { requestId, minutes: 1000 });
    const delivered = await staff('deliverStage', { requestId });
    expect(delivered.stages[1]).toMatchObject({ actualMinutes: 1000, overrunMinutes: 0 });
    const done = await ok(world, customer.headers, 'acceptStage', { requestId, stageIndex: 2 });

    expect(done.status).toBe('COMPLETED');
    expect(done.stages.map((s) => s.chargedHours)).toEqual(['4.00', '6.00']);
    expect(done.totals.chargedHours).toBe('10.00');
    expect(done.totals.studyChargedHours).toBe('0.00');
    expect(await entriesFor(world, requestId)).not.toContain('CHARGE -0.75');
    await expectLedgerExact(world, customer.id);
  });
});

describe('warranty work', () => {
  it('moves no hours at all, even for a customer with none', async () => {
    const party = await newCustomer(world, 'Гарантия');
    const free: Plan = {
      categoryId: categoryOf(world, false).id,
      stages: [{ title: 'Исправление', hours: '2.00' }],
      studyMinutes: 30,
      stageMinutes: 100,
    };
    const done = await driveTo(world, party, 'COMPLETED', free);

    expect(done.paid).toBe(false);
    expect(done.stages.map((s) => [s.heldHours, s.chargedHours, s.chargedAmount])).toEqual([
      ['0.00', '0.00', { amount: '0.00' }],
    ]);
    expect(done.totals).toMatchObject({ chargedHours: '0.00', chargedAmount: { amount: '0.00' } });
    expect(await entriesFor(world, done.id)).toEqual([]);
    expect(await accountCheck(world, party.id)).toMatchObject({
      balance: '0.00',
      held: '0.00',
      lowestBalanceAfter: null,
    });
  });
});

describe('money of a request', () => {
  it('adds each charge priced and rounded once, the study apart (rate 1234.56)', async () => {
    const party = await newCustomer(world, 'Нестандартная ставка', '10.00', '1234.56');
    const created = await ok(world, party.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '1').id,
      title: 'Три этапа по 7 минут',
    });
    const requestId = created.id;
    await staff('logTime', { requestId, minutes: 7 });
    const stages = ['1', '2', '3'].map((n) => ({ title: `Этап ${n}`, hours: '1.00' }));
    await staff('sendEstimate', { requestId, stages });
    await ok(world, party.headers, 'approveEstimate', { requestId });
    await staff('startStage', { requestId });
    let done = created;
    for (const stageIndex of [1, 2, 3]) {
      await staff('logTime', { requestId, minutes: 7 });
      await staff('deliverStage', { requestId });
      done = await ok(world, party.headers, 'acceptStage', { requestId, stageIndex });
    }

    // 7 min at K 1 is 0.12 norm-hours, 148.15 at 1234.56; four of them are 592.60, not 592.59.
    expect(done.stages.map((stage) => stage.chargedAmount?.amount)).toEqual([
      '148.15',
      '148.15',
      '148.15',
    ]);
    expect(done.totals).toMatchObject({
      chargedHours: '0.48',
      chargedAmount: { amount: '592.60' },
      studyChargedHours: '0.12',
      studyChargedAmount: { amount: '148.15' },
    });
  });
});

describe('warranty overruns', () => {
  it('need no approval: nothing is charged for them', async () => {
    const party = await newCustomer(world, 'Гарантия сверх оценки');
    const free: Plan = {
      categoryId: categoryOf(world, false).id,
      stages: [{ title: 'Исправление', hours: '1.00' }],
      studyMinutes: 0,
      stageMinutes: 100,
    };
    const delivered = await driveTo(world, party, 'AWAITING_ACCEPTANCE', free);
    const seen = await readRequest(world, party.headers, delivered.id);
    expect(seen!.actions).toContain('acceptStage');
    expect(seen!.actions).not.toContain('approveOverrun');

    const done = await ok(world, party.headers, 'acceptStage', {
      requestId: delivered.id,
      stageIndex: 1,
    });
    expect(done.status).toBe('COMPLETED');
    expect(await entriesFor(world, done.id)).toEqual([]);
  });
});

describe('study before a withdrawal', () => {
  it('is charged with the withdrawal, rounded once', async () => {
    const party = await newCustomer(world, 'Изучили и отозвали', '5.00');
    const created = await ok(world, party.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '0.6').id,
      title: 'Передумали',
    });
    await staff('logTime', { requestId: created.id, minutes: 50 });

    const withdrawn = await ok(world, party.headers, 'withdrawRequest', {
      requestId: created.id,
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await entriesFor(world, created.id)).toEqual(['CHARGE -0.50']);
    expect(await expectLedgerExact(world, party.id)).toMatchObject({ balance: '4.50' });
  });
});

describe('study before the estimate', () => {
  it('is charged when the estimate is sent, from all its minutes rounded once', async () => {
    const k06 = categoryOf(world, true, '0.6').id;
    const created = await ok(world, customer.headers, 'createRequest', {
      categoryId: k06,
      title: 'Изучение',
    });
    const requestId = created.id;
    await staff('logTime', { requestId, minutes: 20 });
    await staff('logTime', { requestId, minutes: 30 });
    expect(await entriesFor(world, requestId)).toEqual([]);

    const sent = await staff('sendEstimate', { requestId, stages: [{ title: 'Э', hours: '1' }] });
    expect(await entriesFor(world, requestId)).toEqual(['CHARGE -0.50']);
    expect(sent.totals).toMatchObject({ chargedHours: '0.50', loggedMinutes: 50 });

    const revised = await staff('sendEstimate', {
      requestId,
      stages: [{ title: 'Э', hours: '2' }],
      comment: 'пересчитали',
    });
    expect(revised.stages.map((s) => s.estimateHours)).toEqual(['2.00']);
    expect(await entriesFor(world, requestId)).toEqual(['CHARGE -0.50']);
    await expectLedgerExact(world, customer.id);
  });

  it('at K 1, minute by minute: 1 + 1 minutes are charged as 2 minutes, 0.03', async () => {
    const created = await ok(world, customer.headers, 'createRequest', {
      categoryId: categoryOf(world, true, '1').id,
      title: 'Поминутно',
    });
    await staff('logTime', { requestId: created.id, minutes: 1 });
    await staff('logTime', { requestId: created.id, minutes: 1 });
    await staff('sendEstimate', { requestId: created.id, stages: [{ title: 'Э', hours: '1' }] });
    expect(await entriesFor(world, created.id)).toEqual(['CHARGE -0.03']);
  });
});
