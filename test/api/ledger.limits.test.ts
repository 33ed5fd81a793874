/**
 * What one move of hours may be: at most 100 000 norm-hours with a reason of 2 000 characters;
 * hours added only beside a basic support subscription, whether topped up or adjusted; freed
 * hours (a pledge withdrawn) resume a request waiting for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { queryRows } from '../support/database.js';
import { accountCheck } from '../support/request-records.js';
import {
  adjust,
  categoryOf,
  codes,
  data,
  driveTo,
  key,
  newCustomer,
  readRequest,
  startWorld,
  topUp,
  type World,
} from '../support/requests.js';

let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.api.stop();
});

describe('one move of hours', () => {
  it('is at most 100 000 norm-hours, either way, and nothing moves past it', async () => {
    const party = await newCustomer(world, 'Большой пакет', '10.00');
    expect(codes(await topUp(world, party.id, '100000.01'))).toEqual(['BAD_USER_INPUT:hours']);
    expect(codes(await adjust(world, party.id, '-100000.01'))).toEqual(['BAD_USER_INPUT:hours']);
    expect((await topUp(world, party.id, '100000.00')).errors).toEqual([]);
    expect(await accountCheck(world, party.id)).toMatchObject({ balance: '100010.00' });
  });

  it('says why in at most 2 000 characters', async () => {
    const party = await newCustomer(world, 'Длинное основание', '1.00');
    const query = `mutation($input: TopUpInput!) {
      topUp(input: $input) { balance errors { field code } }
    }`;
    const input = {
      customerId: party.id,
      hours: '1',
      reason: 'я'.repeat(2001),
      idempotencyKey: key(),
    };
    const { topUp: refused } = await data<{ topUp: { errors: { field: string; code: string }[] } }>(
      world.url,
      query,
      { input },
      world.manager,
    );
    expect(refused.errors).toEqual([{ field: 'reason', code: 'BAD_USER_INPUT' }]);
  });

  it('adds hours only beside basic support, and may always take them back', async () => {
    const party = await newCustomer(world, 'Без базовой поддержки', '2.00');
    await queryRows(
      world.api.database.url,
      'update customer set basic_support = false where id = $1',
      [party.id],
    );
    expect(codes(await adjust(world, party.id, '1.00'))).toEqual(['NO_BASIC_SUPPORT:customerId']);
    expect((await adjust(world, party.id, '-1.00')).errors).toEqual([]);
    expect(await accountCheck(world, party.id)).toMatchObject({ balance: '1.00' });
  });
});

describe('hours a withdrawn pledge frees', () => {
  it('resume a request suspended for want of them', async () => {
    const party = await newCustomer(world, 'Обещание и заявка', '3.00');
    const { crowdfundingProjects } = await data<{
      crowdfundingProjects: { id: string; status: string }[];
    }>(world.url, '{ crowdfundingProjects { id status } }');
    const project = crowdfundingProjects.find((p) => p.status === 'OPEN')!;
    const pledge = `mutation($input: PledgeInput!) { pledge(input: $input) { errors { code } } }`;
    const input = { projectId: project.id, hours: '2.00', idempotencyKey: key() };
    const pledged = await data<{ pledge: { errors: { code: string }[] } }>(
      world.url,
      pledge,
      { input },
      party.headers,
    );
    expect(pledged.pledge.errors).toEqual([]);

    const plan = {
      categoryId: categoryOf(world, true, '1').id,
      stages: [{ title: 'Этап', hours: '2.00' }],
      studyMinutes: 0,
      stageMinutes: 0,
    };
    const suspended = await driveTo(world, party, 'SUSPENDED', plan);

    const withdraw = `mutation($input: WithdrawPledgeInput!) {
      withdrawPledge(input: $input) { errors { code } }
    }`;
    const withdrawn = await data<{ withdrawPledge: { errors: { code: string }[] } }>(
      world.url,
      withdraw,
      { input: { projectId: project.id, idempotencyKey: key() } },
      party.headers,
    );
    expect(withdrawn.withdrawPledge.errors).toEqual([]);
    expect((await readRequest(world, party.headers, suspended.id))!.status).toBe('IN_PROGRESS');
  });
});
