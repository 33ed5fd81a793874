/**
 * Crowdfunding over HTTP: pledges hold hours, withdrawals and a manager's closing release them,
 * the pledge that reaches the goal funds the project and charges every pledge once, exact sums
 * on the ledger, idempotent retries, who may do what, that nobody learns who pledged, bad hours,
 * and customers pledging at once.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post, type GraphQLResult } from '../support/graphql.js';

const PROJECT = 'id goalHours pledgedHours status sample myPledge';

const PROJECTS = `{ crowdfundingProjects { ${PROJECT} title summary } }`;

const PAYLOAD = `{ project { ${PROJECT} } errors { field code message } }`;

const MUTATIONS = {
  pledge: `mutation($input: PledgeInput!) { pledge(input: $input) ${PAYLOAD} }`,
  withdrawPledge: `mutation($input: WithdrawPledgeInput!) {
    withdrawPledge(input: $input) ${PAYLOAD} }`,
  closeCrowdfundingProject: `mutation($input: CloseCrowdfundingProjectInput!) {
    closeCrowdfundingProject(input: $input) ${PAYLOAD} }`,
  setCrowdfundingProjectStatus: `mutation($input: SetCrowdfundingProjectStatusInput!) {
    setCrowdfundingProjectStatus(input: $input) ${PAYLOAD} }`,
};

type Mutation = keyof typeof MUTATIONS;

interface Project {
  id: string;
  goalHours: string;
  pledgedHours: string;
  status: string;
  sample: boolean;
  myPledge: string | null;
}

interface Payload {
  project: Project | null;
  errors: { field: string | null; code: string; message: string }[];
}

type Headers = Record<string, string>;

interface Customer {
  id: string;
  headers: Headers;
}

/** Where a customer's account stands, from PostgreSQL: what the API must agree with. */
interface Books {
  balance: string;
  held: string;
  /** Top-ups, adjustments and charges: the entries that move the balance. */
  moved: string;
  /** Holds and releases: the entries that move the held hours. */
  holds: string;
  activePledges: string;
}

let api: ServerOnTestDatabase;
let manager: Headers;
let specialist: Headers;
let demo: Customer;
let projects = 0;

async function login(email: string): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(
    api.url,
    `mutation($email: String!, $password: String!) {
      login(email: $email, password: $password) { errors { code } } }`,
    { email, password: 'demo' },
  );
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

/** A customer with basic support, a representative who logs in with "demo", and `hours`. */
async function newCustomer(hours: string): Promise<Customer> {
  const id = randomUUID();
  const email = `cf-${id.slice(0, 8)}@example.com`;
  await queryRows(
    api.database.url,
    `insert into customer (id, name, rate, basic_support, created_at)
     values ($1, $2, 1500, true, now())`,
    [id, `Заказчик ${id.slice(0, 8)}`],
  );
  await queryRows(
    api.database.url,
    `insert into app_user (id, email, password_hash, role, customer_id, created_at)
     select $1, $2, password_hash, 'CUSTOMER', $3, now()
     from app_user where email = 'customer@example.com'`,
    [randomUUID(), email, id],
  );
  const topUp = await post<{ topUp: { errors: unknown[] } }>(
    api.url,
    `mutation($input: TopUpInput!) { topUp(input: $input) { errors { code } } }`,
    { input: { customerId: id, hours, idempotencyKey: randomUUID() } },
    manager,
  );
  expect(topUp.body.data?.topUp.errors, topUp.text).toEqual([]);
  return { id, headers: await login(email) };
}

/** A project of this suite's own, open, with a goal and a sample figure already pledged. */
async function newProject(goal: string, samplePledged = '0'): Promise<string> {
  projects += 1;
  const id = `test-project-${projects}`;
  await queryRows(
    api.database.url,
    `insert into crowdfunding_project
       (id, title, summary, goal_hours, sample_pledged_hours, status, sample, position)
     values ($1, $2, $2, $3, $4, 'OPEN', false, 100 + $5)`,
    [
      id,
      JSON.stringify({ ru: `Проект ${projects}`, en: `Project ${projects}` }),
      goal,
      samplePledged,
      projects,
    ],
  );
  return id;
}

function call(mutation: Mutation, headers: Headers, input: Record<string, unknown>) {
  return post<Record<string, Payload>>(api.url, MUTATIONS[mutation], { input }, headers);
}

function payloadOf(result: GraphQLResult<Record<string, Payload>>): Payload {
  expect(result.status, result.text).toBe(200);
  expect(result.body.errors, result.text).toBeUndefined();
  return Object.values(result.body.data!)[0]!;
}

async function pledge(who: Customer, projectId: string, hours: string, key: string = randomUUID()) {
  return payloadOf(await call('pledge', who.headers, { projectId, hours, idempotencyKey: key }));
}

function codes(payload: Payload): string[] {
  return payload.errors.map((e) => `${e.code}:${e.field}`);
}

async function booksOf(customerId: string): Promise<Books> {
  const [row] = await queryRows<Books>(
    api.database.url,
    `select a.balance::text as balance, a.held::text as held,
       (select coalesce(sum(hours), 0.00) from ledger_entry e where e.customer_id = a.customer_id
          and kind in ('TOP_UP', 'ADJUSTMENT', 'CHARGE'))::text as moved,
       (select coalesce(sum(hours), 0.00) from ledger_entry e where e.customer_id = a.customer_id
          and kind in ('HOLD', 'RELEASE'))::text as holds,
       (select coalesce(sum(hours), 0.00) from crowdfunding_pledge p
          where p.customer_id = a.customer_id and status = 'ACTIVE')::text as "activePledges"
     from customer_account a where a.customer_id = $1`,
    [customerId],
  );
  return row!;
}

/** The books agree: entries sum to the balance and the held hours, and so does the API. */
async function expectBooks(
  who: Customer,
  expected: { balance: string; held: string; available: string },
): Promise<void> {
  const { balance, held, available } = expected;
  expect(await booksOf(who.id)).toEqual({
    balance,
    held,
    moved: balance,
    holds: held,
    activePledges: held,
  });
  const viewer = await post<{ viewer: { customer: { balance: string; available: string } } }>(
    api.url,
    '{ viewer { customer { balance available } } }',
    {},
    who.headers,
  );
  expect(viewer.body.data?.viewer.customer).toEqual({ balance, available });
}

async function entriesOf(customerId: string, projectId: string): Promise<string[]> {
  const rows = await queryRows<{ kind: string; hours: string }>(
    api.database.url,
    `select kind, hours::text as hours from ledger_entry
     where customer_id = $1 and crowdfunding_project_id = $2 order by seq`,
    [customerId, projectId],
  );
  return rows.map((row) => `${row.kind} ${row.hours}`);
}

async function listedAs(headers: Headers, projectId: string): Promise<Project | undefined> {
  const result = await post<{ crowdfundingProjects: Project[] }>(api.url, PROJECTS, {}, headers);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!.crowdfundingProjects.find((p) => p.id === projectId);
}

beforeAll(async () => {
  api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on' } });
  [manager, specialist] = await Promise.all([
    login('manager@example.com'),
    login('specialist@example.com'),
  ]);
  const [row] = await queryRows<{ id: string }>(
    api.database.url,
    `select customer_id as id from app_user where email = 'customer@example.com'`,
  );
  demo = { id: row!.id, headers: await login('customer@example.com') };
});

afterAll(async () => {
  await api?.stop();
});

describe('a pledge', () => {
  it('holds hours, counts towards the goal, and a second pledge adds to the first', async () => {
    const a = await newCustomer('100.00');
    const projectId = await newProject('50', '5');

    const first = await pledge(a, projectId, '10.25');
    expect(first).toEqual({
      project: {
        id: projectId,
        goalHours: '50.00',
        pledgedHours: '15.25',
        status: 'OPEN',
        sample: false,
        myPledge: '10.25',
      },
      errors: [],
    });
    const second = await pledge(a, projectId, '4.75');
    expect(second.project).toMatchObject({ pledgedHours: '20.00', myPledge: '15.00' });

    expect(await entriesOf(a.id, projectId)).toEqual(['HOLD 10.25', 'HOLD 4.75']);
    await expectBooks(a, { balance: '100.00', held: '15.00', available: '85.00' });
    const rows = await queryRows(
      api.database.url,
      'select status, hours::text as hours from crowdfunding_pledge where project_id = $1',
      [projectId],
    );
    expect(rows).toEqual([{ status: 'ACTIVE', hours: '15.00' }]);
  });

  it('is answered again for a retry with the same key, and moves nothing again', async () => {
    const a = await newCustomer('20.00');
    const projectId = await newProject('50');
    const key = randomUUID();

    const first = await pledge(a, projectId, '3', key);
    await pledge(a, projectId, '1');
    const retried = await pledge(a, projectId, '3.00', key);
    expect(retried.errors).toEqual([]);
    expect(first.project?.myPledge).toBe('3.00');
    expect(retried.project?.myPledge).toBe('4.00');
    const parallel = await Promise.all(
      Array.from({ length: 5 }, () => pledge(a, projectId, '3', key)),
    );
    expect(parallel.every((p) => p.errors.length === 0)).toBe(true);
    expect(await entriesOf(a.id, projectId)).toEqual(['HOLD 3.00', 'HOLD 1.00']);
    await expectBooks(a, { balance: '20.00', held: '4.00', available: '16.00' });
  });

  it('refuses a key reused with other arguments, IDEMPOTENCY_KEY_REUSED', async () => {
    const a = await newCustomer('20.00');
    const [projectId, otherId] = [await newProject('50'), await newProject('50')];
    const key = randomUUID();

    await pledge(a, projectId, '2', key);
    expect(codes(await pledge(a, projectId, '2.5', key))).toEqual([
      'IDEMPOTENCY_KEY_REUSED:idempotencyKey',
    ]);
    expect(codes(await pledge(a, otherId, '2', key))).toEqual([
      'IDEMPOTENCY_KEY_REUSED:idempotencyKey',
    ]);
    expect(await entriesOf(a.id, otherId)).toEqual([]);
    await expectBooks(a, { balance: '20.00', held: '2.00', available: '18.00' });
  });

  it('refuses bad hours with a code, and nothing changes', async () => {
    const a = await newCustomer('10.00');
    const projectId = await newProject('50');

    const comma = await call('pledge', a.headers, {
      projectId,
      hours: '1,5',
      idempotencyKey: randomUUID(),
    });
    expect(comma.body.errors?.[0]?.extensions?.code, comma.text).toBe('BAD_USER_INPUT');
    for (const hours of ['0', '-1', '0.001']) {
      expect(codes(await pledge(a, projectId, hours)), hours).toEqual(['BAD_USER_INPUT:hours']);
    }
    expect(codes(await pledge(a, projectId, '1', ''))).toEqual(['BAD_USER_INPUT:idempotencyKey']);
    expect(await entriesOf(a.id, projectId)).toEqual([]);
    expect((await listedAs(a.headers, projectId))?.pledgedHours).toBe('0.00');
    await expectBooks(a, { balance: '10.00', held: '0.00', available: '10.00' });
  });

  it('over the available hours is INSUFFICIENT_BALANCE, keeps no key, passes later', async () => {
    const a = await newCustomer('5.00');
    const projectId = await newProject('50');
    const key = randomUUID();

    expect(codes(await pledge(a, projectId, '6', key))).toEqual(['INSUFFICIENT_BALANCE:hours']);
    await expectBooks(a, { balance: '5.00', held: '0.00', available: '5.00' });
    await post(
      api.url,
      `mutation($input: TopUpInput!) { topUp(input: $input) { errors { code } } }`,
      { input: { customerId: a.id, hours: '1', idempotencyKey: randomUUID() } },
      manager,
    );
    expect((await pledge(a, projectId, '6', key)).errors).toEqual([]);
    await expectBooks(a, { balance: '6.00', held: '6.00', available: '0.00' });
  });

  it('is NOT_FOUND for no such project, INVALID_STATE for one not open', async () => {
    expect(codes(await pledge(demo, 'no-such-project', '1'))).toEqual(['NOT_FOUND:projectId']);
    expect(codes(await pledge(demo, 'manager-learning-path-dashboard', '1'))).toEqual([
      'INVALID_STATE:projectId',
    ]);
    await expectBooks(demo, { balance: '40.00', held: '0.00', available: '40.00' });
  });
});

describe('withdrawing a pledge', () => {
  it('releases the hold while the project is open; a retry moves nothing again', async () => {
    const a = await newCustomer('30.00');
    const projectId = await newProject('50', '2');
    await pledge(a, projectId, '12.5');
    const key = randomUUID();

    const withdrawn = payloadOf(
      await call('withdrawPledge', a.headers, { projectId, idempotencyKey: key }),
    );
    expect(withdrawn.project).toMatchObject({ pledgedHours: '2.00', myPledge: '0.00' });
    const retried = payloadOf(
      await call('withdrawPledge', a.headers, { projectId, idempotencyKey: key }),
    );
    expect(retried).toEqual(withdrawn);
    const again = payloadOf(
      await call('withdrawPledge', a.headers, { projectId, idempotencyKey: randomUUID() }),
    );
    expect(codes(again)).toEqual(['NOT_FOUND:projectId']);

    expect(await entriesOf(a.id, projectId)).toEqual(['HOLD 12.50', 'RELEASE -12.50']);
    await expectBooks(a, { balance: '30.00', held: '0.00', available: '30.00' });
  });

  it('lets the customer pledge again afterwards, as a new pledge', async () => {
    const a = await newCustomer('30.00');
    const projectId = await newProject('50');
    await pledge(a, projectId, '5');
    await call('withdrawPledge', a.headers, { projectId, idempotencyKey: randomUUID() });
    expect((await pledge(a, projectId, '7')).project?.myPledge).toBe('7.00');

    const rows = await queryRows(
      api.database.url,
      `select status, hours::text as hours from crowdfunding_pledge
       where project_id = $1 order by created_at`,
      [projectId],
    );
    expect(rows).toEqual([
      { status: 'WITHDRAWN', hours: '5.00' },
      { status: 'ACTIVE', hours: '7.00' },
    ]);
    await expectBooks(a, { balance: '30.00', held: '7.00', available: '23.00' });
  });
});

describe('reaching the goal', () => {
  it('funds the project: every pledge is charged, the last one only up to the goal', async () => {
    const [a, b, c] = [
      await newCustomer('20.00'),
      await newCustomer('20.00'),
      await newCustomer('20.00'),
    ];
    const projectId = await newProject('30', '5');
    await pledge(a, projectId, '10');
    await pledge(b, projectId, '10');

    const last = await pledge(c, projectId, '8');
    expect(last).toEqual({
      project: {
        id: projectId,
        goalHours: '30.00',
        pledgedHours: '30.00',
        status: 'FUNDED',
        sample: false,
        myPledge: '5.00',
      },
      errors: [],
    });

    for (const [who, hours] of [
      [a, '10.00'],
      [b, '10.00'],
      [c, '5.00'],
    ] as const) {
      expect(await entriesOf(who.id, projectId)).toEqual([
        `HOLD ${hours}`,
        `RELEASE -${hours}`,
        `CHARGE -${hours}`,
      ]);
    }
    await expectBooks(a, { balance: '10.00', held: '0.00', available: '10.00' });
    await expectBooks(c, { balance: '15.00', held: '0.00', available: '15.00' });
    expect((await listedAs(a.headers, projectId))?.myPledge).toBe('10.00');
  });

  it('leaves a funded project closed to pledges, withdrawals and closing', async () => {
    const a = await newCustomer('20.00');
    const projectId = await newProject('4');
    await pledge(a, projectId, '4');

    expect(codes(await pledge(a, projectId, '1'))).toEqual(['INVALID_STATE:projectId']);
    const withdrawn = await call('withdrawPledge', a.headers, {
      projectId,
      idempotencyKey: randomUUID(),
    });
    expect(codes(payloadOf(withdrawn))).toEqual(['INVALID_STATE:projectId']);
    const closed = await call('closeCrowdfundingProject', manager, {
      projectId,
      idempotencyKey: randomUUID(),
    });
    expect(codes(payloadOf(closed))).toEqual(['INVALID_STATE:projectId']);
    await expectBooks(a, { balance: '16.00', held: '0.00', available: '16.00' });
  });

  it('then goes into development and is released, one step at a time', async () => {
    const a = await newCustomer('20.00');
    const projectId = await newProject('2');
    await pledge(a, projectId, '2');
    const step = async (status: string) =>
      payloadOf(await call('setCrowdfundingProjectStatus', manager, { projectId, status }));

    expect(codes(await step('RELEASED'))).toEqual(['INVALID_STATE:status']);
    expect(codes(await step('OPEN'))).toEqual(['INVALID_STATE:status']);
    expect((await step('IN_DEVELOPMENT')).project?.status).toBe('IN_DEVELOPMENT');
    expect(await step('IN_DEVELOPMENT')).toMatchObject({
      project: { status: 'IN_DEVELOPMENT' },
      errors: [],
    });
    expect((await step('RELEASED')).project?.status).toBe('RELEASED');
    expect(codes(await step('CLOSED'))).toEqual(['INVALID_STATE:status']);
  });
});

describe('a manager closing an unfunded project', () => {
  it('releases every hold, once, and the project takes no more pledges', async () => {
    const [a, b] = [await newCustomer('20.00'), await newCustomer('20.00')];
    const projectId = await newProject('100', '10');
    await pledge(a, projectId, '7.5');
    await pledge(b, projectId, '12');
    const key = randomUUID();

    const closed = payloadOf(
      await call('closeCrowdfundingProject', manager, { projectId, idempotencyKey: key }),
    );
    expect(closed).toEqual({
      project: {
        id: projectId,
        goalHours: '100.00',
        pledgedHours: '10.00',
        status: 'CLOSED',
        sample: false,
        myPledge: null,
      },
      errors: [],
    });
    const retried = payloadOf(
      await call('closeCrowdfundingProject', manager, { projectId, idempotencyKey: key }),
    );
    expect(retried).toEqual(closed);

    expect(await entriesOf(a.id, projectId)).toEqual(['HOLD 7.50', 'RELEASE -7.50']);
    expect(await entriesOf(b.id, projectId)).toEqual(['HOLD 12.00', 'RELEASE -12.00']);
    await expectBooks(a, { balance: '20.00', held: '0.00', available: '20.00' });
    await expectBooks(b, { balance: '20.00', held: '0.00', available: '20.00' });
    expect(codes(await pledge(a, projectId, '1'))).toEqual(['INVALID_STATE:projectId']);
  });
});

describe('who may do what', () => {
  it('anonymous callers are UNAUTHENTICATED at the top level and see no pledge', async () => {
    const projectId = await newProject('10');
    const inputs: Record<Mutation, Record<string, unknown>> = {
      pledge: { projectId, hours: '1', idempotencyKey: randomUUID() },
      withdrawPledge: { projectId, idempotencyKey: randomUUID() },
      closeCrowdfundingProject: { projectId, idempotencyKey: randomUUID() },
      setCrowdfundingProjectStatus: { projectId, status: 'IN_DEVELOPMENT' },
    };
    for (const [mutation, input] of Object.entries(inputs)) {
      const result = await call(mutation as Mutation, {}, input);
      expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('UNAUTHENTICATED');
    }
    expect((await listedAs({}, projectId))?.myPledge).toBeNull();
  });

  it('customers and specialists calling a manager\u2019s mutations get FORBIDDEN', async () => {
    const a = await newCustomer('10.00');
    const projectId = await newProject('10');
    await pledge(a, projectId, '1');
    for (const headers of [a.headers, demo.headers, specialist]) {
      const closed = await call('closeCrowdfundingProject', headers, {
        projectId,
        idempotencyKey: randomUUID(),
      });
      expect(codes(payloadOf(closed))).toEqual(['FORBIDDEN:null']);
      const moved = await call('setCrowdfundingProjectStatus', headers, {
        projectId,
        status: 'IN_DEVELOPMENT',
      });
      expect(codes(payloadOf(moved))).toEqual(['FORBIDDEN:null']);
    }
    const staffPledge = await call('pledge', manager, {
      projectId,
      hours: '1',
      idempotencyKey: randomUUID(),
    });
    expect(codes(payloadOf(staffPledge))).toEqual(['FORBIDDEN:null']);
    expect((await listedAs(a.headers, projectId))?.status).toBe('OPEN');
    await expectBooks(a, { balance: '10.00', held: '1.00', available: '9.00' });
  });

  it('another customer sees the total but never who pledged', async () => {
    const [a, b] = [await newCustomer('10.00'), await newCustomer('10.00')];
    const projectId = await newProject('50', '1');
    await pledge(a, projectId, '3.5');

    expect(await listedAs(b.headers, projectId)).toMatchObject({
      pledgedHours: '4.50',
      myPledge: '0.00',
    });
    expect((await listedAs(manager, projectId))?.myPledge).toBeNull();
    const type = await post<{ __type: { fields: { name: string }[] } }>(
      api.url,
      '{ __type(name: "CrowdfundingProject") { fields { name } } }',
    );
    expect(type.body.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'goalHours',
      'id',
      'myPledge',
      'pledgedHours',
      'sample',
      'status',
      'summary',
      'title',
    ]);
  });
});

describe('pledges at once', () => {
  it('one customer\u2019s parallel pledges never hold more than it has', async () => {
    const a = await newCustomer('10.00');
    const projectId = await newProject('1000');
    const results = await Promise.all(Array.from({ length: 6 }, () => pledge(a, projectId, '3')));
    expect(results.filter((p) => p.errors.length === 0)).toHaveLength(3);
    expect(results.flatMap(codes).sort()).toEqual(Array(3).fill('INSUFFICIENT_BALANCE:hours'));
    await expectBooks(a, { balance: '10.00', held: '9.00', available: '1.00' });
  });

  it('many customers pledging at once fund the project once, for exactly the goal', async () => {
    const customers = await Promise.all(Array.from({ length: 8 }, () => newCustomer('20.00')));
    const projectId = await newProject('60', '4.5');
    const results = await Promise.all(
      customers.flatMap((who) => [pledge(who, projectId, '5.25'), pledge(who, projectId, '4')]),
    );

    const refused = results.flatMap(codes);
    expect(refused.length).toBeGreaterThan(0);
    expect(
      refused.every((code) => code === 'INVALID_STATE:projectId'),
      String(refused),
    ).toBe(true);
    expect(results.filter((p) => p.project?.status === 'FUNDED').length).toBeGreaterThan(0);
    const funded = await listedAs(customers[0]!.headers, projectId);
    expect(funded).toMatchObject({ status: 'FUNDED', pledgedHours: '60.00' });

    const [totals] = await queryRows<Record<string, string>>(
      api.database.url,
      `select
         (select sum(hours) from ledger_entry where crowdfunding_project_id = $1
            and kind = 'CHARGE')::text as charged,
         (select sum(hours) from ledger_entry where crowdfunding_project_id = $1
            and kind in ('HOLD', 'RELEASE'))::text as held,
         (select sum(hours) from crowdfunding_pledge where project_id = $1
            and status = 'CHARGED')::text as pledged,
         (select count(*) from crowdfunding_pledge where project_id = $1
            and status <> 'CHARGED')::text as other`,
      [projectId],
    );
    expect(totals).toEqual({ charged: '-55.50', held: '0.00', pledged: '55.50', other: '0' });
    for (const who of customers) {
      const books = await booksOf(who.id);
      expect(books.held, who.id).toBe('0.00');
      expect(books.moved, who.id).toBe(books.balance);
    }
  });

  it('customers funding two projects at once, each pledging to both, never deadlock', async () => {
    const customers = await Promise.all(Array.from({ length: 6 }, () => newCustomer('30.00')));
    const projectIds = [await newProject('25'), await newProject('25')];
    const results = await Promise.all(
      customers.flatMap((who) => projectIds.map((id) => pledge(who, id, '6'))),
    );

    expect(results.flatMap(codes).every((code) => code === 'INVALID_STATE:projectId')).toBe(true);
    for (const projectId of projectIds) {
      expect(await listedAs(manager, projectId)).toMatchObject({
        status: 'FUNDED',
        pledgedHours: '25.00',
      });
    }
    const [charged] = await queryRows<{ total: string }>(
      api.database.url,
      `select sum(hours)::text as total from ledger_entry
       where crowdfunding_project_id = any($1) and kind = 'CHARGE'`,
      [projectIds],
    );
    expect(charged!.total).toBe('-50.00');
  });
});
