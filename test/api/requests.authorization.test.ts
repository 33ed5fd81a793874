/**
 * Who may see and change a request, over HTTP: every field that returns a customer's data and
 * every request mutation, tried anonymously (UNAUTHENTICATED at the top level), as another
 * customer (null or NOT_FOUND, exactly as for a request that does not exist, and nothing
 * changes), as a customer calling staff's steps and as staff calling the customer's decisions
 * (FORBIDDEN).
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import { snapshot } from '../support/request-records.js';
import {
  CUSTOMER_MUTATIONS,
  codes,
  data,
  defaultPlan,
  driveTo,
  key,
  newCustomer,
  ok,
  send,
  startWorld,
  step,
  type Mutation,
  type Party,
  type RequestView,
  type Status,
  type World,
} from '../support/requests.js';

let world: World;
let owner: Party;
let intruder: Party;
const requests = new Map<Status | 'OVERRUN', RequestView>();

/** For each step, a request of the owner where the step would pass, and its arguments. */
const TARGETS: Record<Exclude<Mutation, 'createRequest'>, [Status | 'OVERRUN', object]> = {
  updateRequest: ['NEW', { title: 'Чужое название' }],
  logTime: ['NEW', { minutes: 10 }],
  sendEstimate: ['NEW', { stages: [{ title: 'Э', hours: '1.00' }] }],
  approveEstimate: ['AWAITING_APPROVAL', {}],
  declineEstimate: ['AWAITING_APPROVAL', {}],
  startStage: ['QUEUED', {}],
  deliverStage: ['IN_PROGRESS', {}],
  acceptStage: ['AWAITING_ACCEPTANCE', { stageIndex: 1 }],
  returnStage: ['AWAITING_ACCEPTANCE', { stageIndex: 1, comment: 'чужой возврат' }],
  approveOverrun: ['OVERRUN', { stageIndex: 1 }],
  withdrawRequest: ['QUEUED', {}],
  rejectRequest: ['NEW', { comment: 'чужой отказ' }],
};

const STEPS = Object.keys(TARGETS) as (keyof typeof TARGETS)[];
const isCustomers = (mutation: Mutation) => CUSTOMER_MUTATIONS.includes(mutation);

beforeAll(async () => {
  world = await startWorld();
  [owner, intruder] = await Promise.all([
    newCustomer(world, 'Владелец', '100.00'),
    newCustomer(world, 'Чужая организация', '100.00'),
  ]);
  for (const status of ['NEW', 'AWAITING_APPROVAL', 'QUEUED', 'AWAITING_ACCEPTANCE'] as const) {
    requests.set(status, await driveTo(world, owner, status));
  }
  const started = await driveTo(world, owner, 'IN_PROGRESS');
  await ok(world, world.specialist, 'logTime', { requestId: started.id, minutes: 5 });
  requests.set('IN_PROGRESS', started);
  const overrun = { ...defaultPlan(world), stageMinutes: 90 };
  requests.set('OVERRUN', await driveTo(world, owner, 'AWAITING_ACCEPTANCE', overrun));
  await driveTo(world, intruder, 'COMPLETED');
});

afterAll(async () => {
  await world?.api.stop();
});

function inputOf(mutation: keyof typeof TARGETS, requestId?: string) {
  const [status, extra] = TARGETS[mutation];
  const input = { requestId: requestId ?? requests.get(status)!.id, ...extra };
  return mutation === 'updateRequest' ? input : { ...input, idempotencyKey: key() };
}

/** Runs `act` and checks that nothing stored about the owner's target request changed. */
async function unchanged(mutation: keyof typeof TARGETS, act: () => Promise<void>) {
  const target = requests.get(TARGETS[mutation][0])!;
  const before = await snapshot(world, target.id, owner.id);
  await act();
  expect(await snapshot(world, target.id, owner.id)).toEqual(before);
}

describe('anonymous callers', () => {
  it.each([...STEPS, 'createRequest' as const])('%s is UNAUTHENTICATED', async (mutation) => {
    const act = async () => {
      const input =
        mutation === 'createRequest'
          ? { categoryId: defaultPlan(world).categoryId, title: 'x', idempotencyKey: key() }
          : inputOf(mutation);
      const result = await send(world, {}, mutation, input);
      expect(result.status).toBeLessThan(500);
      expect(
        result.body.errors?.map((e) => e.extensions?.code),
        result.text,
      ).toEqual(['UNAUTHENTICATED']);
      expect(result.body.data ?? null).toBeNull();
    };
    if (mutation === 'createRequest') await act();
    else await unchanged(mutation, act);
  });

  it.each([
    ['request', 'query($id: ID!) { request(id: $id) { id title stages { index } } }'],
    ['allRequests', '{ allRequests { edges { node { id } } } }'],
    ['requestQueue', '{ requestQueue { id } }'],
    ['customers', '{ customers { id balance } }'],
  ])('%s is UNAUTHENTICATED', async (_name, query) => {
    const result = await post(world.url, query, { id: requests.get('NEW')!.id });
    expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('UNAUTHENTICATED');
    expect(Object.values(result.body.data ?? {}).filter((v) => v !== null)).toEqual([]);
  });

  it('has no viewer, so no requests and no ledger', async () => {
    const result = await data<{ viewer: unknown }>(
      world.url,
      '{ viewer { customer { requests { edges { cursor } } ledger { edges { cursor } } } } }',
    );
    expect(result.viewer).toBeNull();
  });
});

describe('another customer', () => {
  it.each(STEPS)('%s on the owner\u2019s request answers as for no request at all', async (m) => {
    await unchanged(m, async () => {
      const theirs = await step(world, intruder.headers, m, inputOf(m));
      const nobodys = await step(world, intruder.headers, m, inputOf(m, randomUUID()));
      const expected = isCustomers(m) ? 'NOT_FOUND:requestId' : 'FORBIDDEN';
      expect(codes(theirs)).toEqual([expected]);
      expect(theirs).toEqual(nobodys);
      expect(theirs.request).toBeNull();
    });
  });

  it('reads null for another\u2019s request, its stages, history, time and totals', async () => {
    const query = `query($id: ID!) { request(id: $id) {
      id stages { index } history { kind } timeEntries { id } totals { chargedHours }
    } }`;
    for (const request of requests.values()) {
      const theirs = await post(world.url, query, { id: request.id }, intruder.headers);
      const nobodys = await post(world.url, query, { id: randomUUID() }, intruder.headers);
      expect(theirs.text).toBe(nobodys.text);
      expect(theirs.body).toEqual({ data: { request: null } });
      const own = await data<{ request: { id: string } | null }>(
        world.url,
        query,
        { id: request.id },
        owner.headers,
      );
      expect(own.request?.id).toBe(request.id);
    }
  });

  it('lists only its own requests, whatever the filter or cursor', async () => {
    const query = `query($after: String, $statuses: [RequestStatus!]) { viewer { customer {
      requests(first: 100, after: $after, statuses: $statuses) {
        edges { cursor node { id customerName } }
      }
    } } }`;
    type Page = {
      viewer: {
        customer: { requests: { edges: { cursor: string; node: { id: string } }[] } };
      };
    };
    const ownPage = await data<Page>(world.url, query, {}, owner.headers);
    const ownIds = new Set(ownPage.viewer.customer.requests.edges.map((e) => e.node.id));
    expect(ownIds.size).toBe(requests.size);
    const cursor = ownPage.viewer.customer.requests.edges.at(-1)!.cursor;

    for (const variables of [{}, { statuses: ['QUEUED', 'NEW'] }, { after: cursor }]) {
      const page = await data<Page>(world.url, query, variables, intruder.headers);
      for (const edge of page.viewer.customer.requests.edges) {
        expect(ownIds.has(edge.node.id)).toBe(false);
      }
    }
  });

  it('sees none of the owner\u2019s ledger entries', async () => {
    const ownEntries = await queryRows<{ id: string }>(
      world.api.database.url,
      'select id from ledger_entry where customer_id = $1',
      [owner.id],
    );
    expect(ownEntries.length).toBeGreaterThan(3);
    const ledger = await data<{
      viewer: { customer: { ledger: { edges: { node: { id: string } }[] } } };
    }>(
      world.url,
      '{ viewer { customer { ledger(first: 100) { edges { node { id } } } } } }',
      {},
      intruder.headers,
    );
    const seen = new Set(ledger.viewer.customer.ledger.edges.map((e) => e.node.id));
    expect(seen.size).toBeGreaterThan(0);
    for (const { id } of ownEntries) expect(seen.has(id)).toBe(false);
  });

  it.each([
    ['allRequests', '{ allRequests { edges { node { id } } } }'],
    ['requestQueue', '{ requestQueue { id } }'],
    ['customers', '{ customers { id } }'],
  ])('is FORBIDDEN %s', async (_name, query) => {
    const result = await post(world.url, query, {}, intruder.headers);
    expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('FORBIDDEN');
    expect(result.body.data ?? null).toBeNull();
  });
});

describe('each side keeps to its own steps', () => {
  it.each(STEPS.filter((m) => !isCustomers(m)))(
    'the owner calling %s is FORBIDDEN',
    async (mutation) => {
      await unchanged(mutation, async () => {
        const payload = await step(world, owner.headers, mutation, inputOf(mutation));
        expect(codes(payload)).toEqual(['FORBIDDEN']);
      });
    },
  );

  it.each(STEPS.filter(isCustomers))('staff calling %s are FORBIDDEN', async (mutation) => {
    await unchanged(mutation, async () => {
      for (const headers of [world.specialist, world.manager]) {
        const payload = await step(world, headers, mutation, inputOf(mutation));
        expect(codes(payload)).toEqual(['FORBIDDEN']);
      }
    });
  });

  it('staff cannot create a request', async () => {
    const input = { categoryId: defaultPlan(world).categoryId, title: 'Служебная' };
    for (const headers of [world.specialist, world.manager]) {
      expect(codes(await step(world, headers, 'createRequest', input))).toEqual(['FORBIDDEN']);
    }
  });

  it('staff see every customer\u2019s requests, the queue and the accounts', async () => {
    const all = await data<{ allRequests: { edges: { node: { customerName: string } }[] } }>(
      world.url,
      '{ allRequests(first: 100) { edges { node { customerName } } } }',
      {},
      world.specialist,
    );
    const names = new Set(all.allRequests.edges.map((e) => e.node.customerName));
    expect(names).toEqual(new Set([owner.name, intruder.name]));
    const queue = await data<{ requestQueue: { id: string }[] }>(
      world.url,
      '{ requestQueue { id } }',
      {},
      world.manager,
    );
    expect(queue.requestQueue.map((r) => r.id)).toEqual([requests.get('QUEUED')!.id]);
  });
});
