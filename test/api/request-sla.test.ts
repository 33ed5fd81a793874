/**
 * A request's service levels over HTTP (`Request.sla`, `changeSupportLine`): C2 from a real
 * suspension and top-up, a line change keeping the paused time, line 1's clock hours, line 3's
 * resolution set with the estimate, the states, refusals, and the same instants from servers
 * whose process runs in other time zones.
 *
 * The server stamps each step with the real clock, and a test cannot wait for September 2025:
 * each request is taken through its steps over the API, then `backdate` rewrites its
 * `submitted_at` and the `at` of its history events in the database to the case's instants,
 * keeping their order. The deadlines are computed from those rows on every read.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

type Headers = Record<string, string>;

interface Sla {
  line: number;
  firstResponseDue: string;
  firstResponseUsual: string | null;
  firstRespondedAt: string | null;
  resolutionDueEarliest: string | null;
  resolutionDueLatest: string | null;
  calendarKnown: boolean;
  pausedMinutes: number;
  paused: boolean;
  due: string | null;
  timeLeftMinutes: number | null;
  state: 'ON_TIME' | 'AT_RISK' | 'BREACHED' | 'MET' | 'NONE';
}

interface RequestView {
  id: string;
  status: string;
  supportLine: number;
  sla: Sla;
  history: { kind: string; actorEmail: string | null; comment: string | null }[];
}

interface StepPayload {
  request: { id: string; status: string; supportLine: number } | null;
  errors: { field: string | null; code: string; message: string }[];
}

const SLA_FIELDS = `line firstResponseDue firstResponseUsual firstRespondedAt resolutionDueEarliest
  resolutionDueLatest calendarKnown pausedMinutes paused due timeLeftMinutes state`;

const REQUEST = `query($id: ID!) {
  request(id: $id) {
    id status supportLine sla { ${SLA_FIELDS} } history { kind actorEmail comment }
  }
}`;

const INPUT_TYPES: Record<string, string> = {
  createRequest: 'CreateRequestInput',
  sendEstimate: 'SendEstimateInput',
  logTime: 'LogTimeInput',
  approveEstimate: 'RequestStepInput',
  startStage: 'RequestStepInput',
  rejectRequest: 'RequestStepInput',
  changeSupportLine: 'ChangeSupportLineInput',
};

/** Categories of the catalogue by their support line. */
const LINE_1_FREE = 'organisational-question';
const LINE_2_PAID = 'dedicated-editor-assistant-or-consultant';
const LINE_3_PAID = 'dedicated-installation-attestation';

/** An instant written as Moscow wall-clock time (UTC+3 all year), as the API answers it. */
const msk = (local: string) => new Date(`${local}+03:00`).toISOString();

let api: ServerOnTestDatabase;
let manager: Headers;
let specialist: Headers;
let customer: Headers;

async function login(email: string, url = api.url): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(
    url,
    'mutation($e: String!) { login(email: $e, password: "demo") { errors { code } } }',
    { e: email },
  );
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

async function step(
  headers: Headers,
  mutation: string,
  input: Record<string, unknown>,
): Promise<StepPayload> {
  const result = await post<Record<string, StepPayload>>(
    api.url,
    `mutation($input: ${INPUT_TYPES[mutation]}!) {
      ${mutation}(input: $input) { request { id status supportLine } errors { field code message } }
    }`,
    { input },
    headers,
  );
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data![mutation]!;
}

/** A step that must pass; answers the request's id. */
async function done(headers: Headers, mutation: string, input: Record<string, unknown>) {
  const payload = await step(headers, mutation, { idempotencyKey: randomUUID(), ...input });
  expect(payload.errors, mutation).toEqual([]);
  return payload.request!.id;
}

async function create(categoryId: string, as = customer): Promise<string> {
  return done(as, 'createRequest', { categoryId, title: `Срок ${categoryId}` });
}

const estimate = (requestId: string, extra: Record<string, unknown> = {}) =>
  done(specialist, 'sendEstimate', {
    requestId,
    stages: [{ title: 'Работа', hours: '10' }],
    ...extra,
  });

async function view(requestId: string, url = api.url, as = manager): Promise<RequestView> {
  const result = await post<{ request: RequestView }>(url, REQUEST, { id: requestId }, as);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!.request;
}

/**
 * Puts a request at the case's instants: its submission, and every event of each kind at the
 * instant given (Moscow time). Every kind in its history must be given, so that no step stays at
 * today's date and opens or closes a pause the case does not have.
 */
async function backdate(requestId: string, submittedAt: string, atByKind: Record<string, string>) {
  const kinds = await queryRows<{ kind: string }>(
    api.database.url,
    'select distinct kind from request_event where request_id = $1',
    [requestId],
  );
  expect(kinds.map((k) => k.kind).sort()).toEqual(Object.keys(atByKind).sort());

  await queryRows(api.database.url, 'update request set submitted_at = $2 where id = $1', [
    requestId,
    msk(submittedAt),
  ]);
  for (const [kind, at] of Object.entries(atByKind)) {
    await queryRows(
      api.database.url,
      'update request_event set at = $3 where request_id = $1 and kind = $2',
      [requestId, kind, msk(at)],
    );
  }
}

/** A customer organisation with no hours and a representative who logs in with "demo". */
async function customerWithoutHours(email: string): Promise<{ id: string; headers: Headers }> {
  const id = randomUUID();
  await queryRows(
    api.database.url,
    `insert into customer (id, name, rate, basic_support, created_at)
     values ($1, 'Университет C2', 2500, true, now())`,
    [id],
  );
  await queryRows(
    api.database.url,
    `insert into app_user (id, email, password_hash, role, customer_id, created_at)
     select $1, $2, password_hash, 'CUSTOMER', $3, now()
     from app_user where email = 'customer@example.com'`,
    [randomUUID(), email, id],
  );
  return { id, headers: await login(email) };
}

/** The C2 request: line 2, suspended Mon 15.09.2025 14:00 for want of hours, resumed Wed 12:00. */
async function c2Request(): Promise<string> {
  const c2 = await customerWithoutHours(`c2-${randomUUID()}@example.com`);
  const id = await create(LINE_2_PAID, c2.headers);
  await estimate(id);
  await done(c2.headers, 'approveEstimate', { requestId: id });

  const start = await step(specialist, 'startStage', {
    requestId: id,
    idempotencyKey: randomUUID(),
  });
  expect(start.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
  expect(start.request?.status).toBe('SUSPENDED');

  const topUp = await post<{ topUp: { errors: unknown[] } }>(
    api.url,
    'mutation($input: TopUpInput!) { topUp(input: $input) { errors { code } } }',
    { input: { customerId: c2.id, hours: '10', idempotencyKey: randomUUID() } },
    manager,
  );
  expect(topUp.body.data?.topUp.errors, topUp.text).toEqual([]);
  expect((await view(id)).status).toBe('IN_PROGRESS');

  await backdate(id, '2025-09-15T10:00', {
    CREATED: '2025-09-15T10:00',
    ESTIMATE_SENT: '2025-09-15T11:00',
    APPROVED: '2025-09-15T11:00',
    SUSPENDED: '2025-09-15T14:00',
    RESUMED: '2025-09-17T12:00',
  });
  return id;
}

/** A line 1 request waiting on the customer for 3.5 hours on a Saturday. */
async function line1Paused(): Promise<string> {
  const id = await create(LINE_1_FREE);
  await estimate(id);
  await done(customer, 'approveEstimate', { requestId: id });
  await backdate(id, '2025-09-19T19:00', {
    CREATED: '2025-09-19T19:00',
    ESTIMATE_SENT: '2025-09-20T10:00',
    APPROVED: '2025-09-20T13:30',
  });
  return id;
}

/** A line 2 request filed long ago that nobody answered. */
async function breached(): Promise<string> {
  const id = await create(LINE_2_PAID);
  await backdate(id, '2025-09-15T10:00', { CREATED: '2025-09-15T10:00' });
  return id;
}

/** A line 1 request filed 21 hours ago: 3 of its 24 hours are left. */
async function atRisk(): Promise<string> {
  const id = await create(LINE_1_FREE);
  await queryRows(
    api.database.url,
    `update request set submitted_at = now() - interval '21 hours' where id = $1;`,
    [id],
  );
  await queryRows(
    api.database.url,
    `update request_event set at = now() - interval '21 hours' where request_id = $1`,
    [id],
  );
  return id;
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
  await api?.stop();
});

describe('C2: a suspension moves the deadlines by the business time it lasted', () => {
  let id: string;

  beforeAll(async () => {
    id = await c2Request();
  });

  it('line 2: 14 business hours paused move each deadline by 14 business hours', async () => {
    const request = await view(id);

    expect(request.history.map((e) => e.kind)).toEqual([
      'CREATED',
      'ESTIMATE_SENT',
      'APPROVED',
      'SUSPENDED',
      'RESUMED',
    ]);
    expect(request.sla).toMatchObject({
      line: 2,
      // One full business day ends Tue 16.09 18:00, three end Thu 18.09 18:00.
      firstResponseDue: msk('2025-09-18T16:00'),
      firstResponseUsual: null,
      firstRespondedAt: msk('2025-09-15T11:00'),
      resolutionDueEarliest: msk('2025-09-18T16:00'),
      resolutionDueLatest: msk('2025-09-22T16:00'),
      calendarKnown: true,
      pausedMinutes: 14 * 60,
      paused: false,
      due: msk('2025-09-22T16:00'),
      state: 'BREACHED',
    });
    expect(request.sla.timeLeftMinutes).toBeLessThan(0);
  });

  it('two full business days, as the case counts them, end Fri 19.09.2025 16:00', async () => {
    const moved = await step(manager, 'changeSupportLine', {
      requestId: id,
      line: 3,
      resolutionBusinessDays: 2,
      comment: 'Нужен разработчик',
    });
    expect(moved.errors).toEqual([]);
    expect(moved.request?.supportLine).toBe(3);

    const { sla, history } = await view(id);
    expect(sla).toMatchObject({
      line: 3,
      resolutionDueLatest: msk('2025-09-19T16:00'),
      resolutionDueEarliest: msk('2025-09-19T16:00'),
      // Three full business days would end Mon 22.09 16:00; a resolution due sooner answers first.
      firstResponseDue: msk('2025-09-19T16:00'),
      firstResponseUsual: msk('2025-09-18T16:00'),
      pausedMinutes: 14 * 60,
    });
    expect(history.at(-1)).toEqual({
      kind: 'LINE_CHANGED',
      actorEmail: 'manager@example.com',
      comment: 'Линия 2 → 3, решение за 2 раб. дн.: Нужен разработчик',
    });
  });

  it('keeps the paused time when the line changes again, from the same submission', async () => {
    await done(manager, 'changeSupportLine', { requestId: id, line: 2, comment: 'Обратно' });

    const { sla } = await view(id);
    expect(sla).toMatchObject({
      line: 2,
      pausedMinutes: 14 * 60,
      resolutionDueLatest: msk('2025-09-22T16:00'),
      firstResponseDue: msk('2025-09-18T16:00'),
    });
  });
});

describe('line 1 counts clock hours, any day', () => {
  it('a 3.5-hour wait on a Saturday moves the deadline 3.5 hours', async () => {
    const { sla } = await view(await line1Paused());

    expect(sla).toMatchObject({
      line: 1,
      pausedMinutes: 210,
      firstResponseDue: msk('2025-09-20T22:30'),
      resolutionDueEarliest: msk('2025-09-20T22:30'),
      resolutionDueLatest: msk('2025-09-20T22:30'),
      firstRespondedAt: msk('2025-09-20T10:00'),
    });
  });
});

describe('line 3: resolution null until the estimate sets it', () => {
  let id: string;

  beforeAll(async () => {
    id = await create(LINE_3_PAID);
  });

  it('first response counts while nobody has answered; the customer sees it', async () => {
    const { sla } = await view(id, api.url, customer);

    expect(sla).toMatchObject({ line: 3, state: 'ON_TIME', firstRespondedAt: null });
    expect(sla.resolutionDueLatest).toBeNull();
    expect(sla.resolutionDueEarliest).toBeNull();
    expect(sla.due).toBe(sla.firstResponseDue);
  });

  it('no deadline counts once answered by an estimate without days', async () => {
    await estimate(id);

    const { sla } = await view(id);
    expect(sla).toMatchObject({ state: 'NONE', due: null, timeLeftMinutes: null });
    expect(sla.resolutionDueLatest).toBeNull();
    expect(sla.paused).toBe(true);
  });

  it('the estimate sets full business days from submission, moved by the wait', async () => {
    await estimate(id, { resolutionBusinessDays: 5 });
    await done(customer, 'approveEstimate', { requestId: id });
    await backdate(id, '2025-09-15T10:00', {
      CREATED: '2025-09-15T10:00',
      ESTIMATE_SENT: '2025-09-15T11:00',
      APPROVED: '2025-09-15T12:00',
    });

    const { sla } = await view(id);
    // Five full business days end Mon 22.09 18:00; an hour waiting for approval moves it.
    expect(sla).toMatchObject({
      resolutionDueLatest: msk('2025-09-23T11:00'),
      pausedMinutes: 60,
      due: msk('2025-09-23T11:00'),
      paused: false,
    });
  });

  it('a revised estimate without days keeps them', async () => {
    const other = await create(LINE_3_PAID);
    await estimate(other, { resolutionBusinessDays: 3 });
    const before = (await view(other)).sla.resolutionDueLatest;
    await estimate(other);

    expect(before).not.toBeNull();
    expect((await view(other)).sla.resolutionDueLatest).not.toBeNull();
  });

  it('days are refused on line 2 and out of range, and nothing changes', async () => {
    const line2 = await create(LINE_2_PAID);
    const line3 = await create(LINE_3_PAID);

    for (const [requestId, days] of [
      [line2, 5],
      [line3, 0],
      [line3, 251],
    ] as const) {
      const refused = await step(specialist, 'sendEstimate', {
        requestId,
        stages: [{ title: 'Работа', hours: '1' }],
        resolutionBusinessDays: days,
        idempotencyKey: randomUUID(),
      });
      expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
        ['BAD_USER_INPUT', 'resolutionBusinessDays'],
      ]);
      expect((await view(requestId)).status).toBe('NEW');
    }
  });
});

describe('the state', () => {
  it('is ON_TIME for a fresh request, with the first response counting', async () => {
    const { sla } = await view(await create(LINE_1_FREE));

    expect(sla.state).toBe('ON_TIME');
    expect(sla.due).toBe(sla.firstResponseDue);
    expect(sla.timeLeftMinutes).toBeGreaterThan(23 * 60);
  });

  it('is AT_RISK in the last 20% of the span', async () => {
    const { sla } = await view(await atRisk());

    expect(sla.state).toBe('AT_RISK');
    expect(sla.timeLeftMinutes).toBeGreaterThan(2 * 60);
    expect(sla.timeLeftMinutes).toBeLessThanOrEqual(3 * 60);
  });

  it('is BREACHED once the deadline passed, with the time left negative', async () => {
    const { sla } = await view(await breached());

    expect(sla).toMatchObject({
      state: 'BREACHED',
      firstRespondedAt: null,
      due: msk('2025-09-16T18:00'),
    });
    expect(sla.timeLeftMinutes).toBeLessThan(-365 * 24 * 60);
  });

  it('is MET when the request closed in time, its clock stopped there', async () => {
    const id = await create(LINE_1_FREE);
    await done(specialist, 'rejectRequest', { requestId: id, comment: 'Не к нам' });

    const { sla, status } = await view(id);
    expect(status).toBe('REJECTED');
    expect(sla.state).toBe('MET');
    expect(sla.firstRespondedAt).not.toBeNull();
  });

  it('is the same on a desk page as on each request, read in one go', async () => {
    const result = await post<{
      allRequests: { edges: { node: { id: string; sla: Sla } }[] };
    }>(
      api.url,
      `{ allRequests(first: 100) { edges { node { id sla { ${SLA_FIELDS} } } } } }`,
      {},
      manager,
    );
    expect(result.body.errors, result.text).toBeUndefined();

    const nodes = result.body.data!.allRequests.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThan(5);
    for (const node of nodes) {
      const alone = await view(node.id);
      expect(withoutTimeLeft(node.sla), node.id).toEqual(withoutTimeLeft(alone.sla));
    }
  });
});

describe('staff\u2019s list ordered by deadline', () => {
  interface Node {
    id: string;
    number: number;
    status: string;
    sla: { due: string | null; state: string };
  }
  interface Page {
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }

  const LIST = `query($first: Int, $after: String, $statuses: [RequestStatus!],
    $orderBy: RequestOrder) {
    allRequests(first: $first, after: $after, statuses: $statuses, orderBy: $orderBy) {
      edges { cursor node { id number status sla { due state } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  const WAITING = ['NEW', 'AWAITING_APPROVAL'];

  const list = (variables: Record<string, unknown>, as = manager) =>
    post<{ allRequests: Page }>(api.url, LIST, { statuses: WAITING, ...variables }, as);

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const result = await list(variables);
    expect(result.body.errors, result.text).toBeUndefined();
    return result.body.data!.allRequests;
  }

  /** A line 2 request nobody answered, filed at the given Moscow instant. */
  async function unanswered(filed: string): Promise<string> {
    const id = await create(LINE_2_PAID);
    await backdate(id, filed, { CREATED: filed });
    return id;
  }

  let late: string;
  let later: string;
  let twin: string;
  let undated: string;

  beforeAll(async () => {
    // Filed in this order, so that the numbers disagree with the deadlines.
    later = await unanswered('2025-09-22T10:00');
    late = await unanswered('2025-09-15T10:00');
    twin = await unanswered('2025-09-22T10:00');
    // Line 3 answered by an estimate without days: no deadline counts.
    undated = await create(LINE_3_PAID);
    await estimate(undated);
  });

  it('puts the earliest deadline first, ties by number, those without one last', async () => {
    const { edges, pageInfo } = await page({ first: 100, orderBy: 'DEADLINE' });
    const nodes = edges.map((edge) => edge.node);
    const at = (id: string) => nodes.findIndex((node) => node.id === id);

    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.every((node) => WAITING.includes(node.status))).toBe(true);
    expect(nodes.find((node) => node.id === late)?.sla.due).toBe(msk('2025-09-16T18:00'));
    expect(nodes.find((node) => node.id === later)?.sla.due).toBe(msk('2025-09-23T18:00'));
    expect(nodes.find((node) => node.id === undated)?.sla.due).toBeNull();
    expect([at(late), at(later), at(twin)].every((index) => index >= 0)).toBe(true);
    expect(at(late)).toBeLessThan(at(later));
    expect(at(later)).toBe(at(twin) - 1);
    expect(at(undated)).toBeGreaterThan(
      nodes.map((node) => node.sla.due !== null).lastIndexOf(true),
    );

    for (let index = 1; index < nodes.length; index += 1) {
      const [before, after] = [nodes[index - 1]!, nodes[index]!];
      expect(orderKey(before) <= orderKey(after), `${before.number}, ${after.number}`).toBe(true);
    }
  });

  it('sorts a breach with no deadline ahead by the deadline it missed', async () => {
    // Line 3 answered a week late by an estimate without resolution days: nothing is due now.
    const missed = await create(LINE_3_PAID);
    await done(specialist, 'logTime', { requestId: missed, minutes: 30 });
    await backdate(missed, '2025-09-08T10:00', {
      CREATED: '2025-09-08T10:00',
      TIME_LOGGED: '2025-09-19T10:00',
    });

    const statuses = [...WAITING, 'ESTIMATING'];
    const listed = await page({ first: 100, orderBy: 'DEADLINE', statuses });
    const nodes = listed.edges.map((edge) => edge.node);
    const breach = nodes.find((node) => node.id === missed)!;
    expect(breach.sla).toMatchObject({ due: null, state: 'BREACHED' });
    const index = nodes.indexOf(breach);
    expect(index).toBeLessThan(nodes.findIndex((node) => node.id === late));
  });

  it('pages through the same order, two at a time', async () => {
    const whole = await page({ first: 100, orderBy: 'DEADLINE' });
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next: Page = await page({ first: 2, after, orderBy: 'DEADLINE' });
      walked.push(...next.edges.map((edge) => edge.node.id));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }

    expect(walked).toEqual(whole.edges.map((edge) => edge.node.id));
  });

  it('stays newest first without orderBy', async () => {
    const { edges } = await page({ first: 100 });
    const numbers = edges.map((edge) => edge.node.number);

    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('refuses a cursor of the other order, a made-up one and pages over 100', async () => {
    const newest = (await page({ first: 1 })).pageInfo.endCursor;
    const byDeadline = (await page({ first: 1, orderBy: 'DEADLINE' })).pageInfo.endCursor;
    const madeUp = (text: string) => Buffer.from(text).toString('base64url');

    for (const variables of [
      { orderBy: 'DEADLINE', after: newest },
      { orderBy: 'NEWEST', after: byDeadline },
      { after: byDeadline },
      { orderBy: 'DEADLINE', after: madeUp('deadline:-1') },
      { orderBy: 'DEADLINE', after: madeUp('deadline:1e3') },
      { orderBy: 'DEADLINE', after: madeUp('deadline:12345678901') },
      { orderBy: 'DEADLINE', first: 101 },
      { orderBy: 'DEADLINE', first: -1 },
    ]) {
      const result = await list(variables);
      expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('BAD_USER_INPUT');
      expect(result.body.data ?? null, result.text).toBeNull();
    }
  });

  it('is for staff only', async () => {
    const result = await list({ orderBy: 'DEADLINE' }, customer);
    expect(result.body.errors?.[0]?.extensions?.code, result.text).toBe('FORBIDDEN');
  });
});

/** Sorts as the order does: the deadline, those without one last, then the number. */
function orderKey(node: { number: number; sla: { due: string | null } }): string {
  return `${node.sla.due ?? '9999'}|${String(node.number).padStart(12, '0')}`;
}

describe('changeSupportLine refuses', () => {
  let id: string;

  beforeAll(async () => {
    id = await create(LINE_2_PAID);
  });

  const change = (headers: Headers, input: Record<string, unknown>) =>
    step(headers, 'changeSupportLine', { requestId: id, line: 3, comment: 'Причина', ...input });

  it.each([
    ['a specialist', () => specialist, {}, 'FORBIDDEN', null],
    ['a customer', () => customer, {}, 'FORBIDDEN', null],
    ['line 4', () => manager, { line: 4 }, 'BAD_USER_INPUT', 'line'],
    ['line 0', () => manager, { line: 0 }, 'BAD_USER_INPUT', 'line'],
    ['the line it is on', () => manager, { line: 2 }, 'BAD_USER_INPUT', 'line'],
    ['a blank comment', () => manager, { comment: '  ' }, 'BAD_USER_INPUT', 'comment'],
    [
      'days for line 1',
      () => manager,
      { line: 1, resolutionBusinessDays: 3 },
      'BAD_USER_INPUT',
      'resolutionBusinessDays',
    ],
    ['an unknown request', () => manager, { requestId: randomUUID() }, 'NOT_FOUND', 'requestId'],
    ['an empty key', () => manager, { idempotencyKey: ' ' }, 'BAD_USER_INPUT', 'idempotencyKey'],
  ] as const)('%s', async (_, who, input, code, field) => {
    const refused = await change(who(), input);

    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([[code, field]]);
    expect(refused.request).toBeNull();
    const request = await view(id);
    expect(request.supportLine).toBe(2);
    expect(request.history.map((e) => e.kind)).toEqual(['CREATED']);
  });

  it('a closed request: INVALID_STATE', async () => {
    const closed = await create(LINE_2_PAID);
    await done(specialist, 'rejectRequest', { requestId: closed, comment: 'Не к нам' });

    const refused = await change(manager, { requestId: closed });
    expect(refused.errors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect((await view(closed)).supportLine).toBe(2);
  });

  it('nobody logged in: UNAUTHENTICATED', async () => {
    const result = await post(
      api.url,
      `mutation { changeSupportLine(input: { requestId: "${id}", line: 3, comment: "x" }) {
        errors { code } } }`,
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a retry with the same key changes nothing again; other arguments are refused', async () => {
    const idempotencyKey = randomUUID();
    const first = await change(manager, { idempotencyKey });
    const again = await change(manager, { idempotencyKey });
    const reused = await change(manager, { idempotencyKey, line: 1 });

    expect(first.errors).toEqual([]);
    expect(again).toEqual(first);
    expect(reused.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    const request = await view(id);
    expect(request.supportLine).toBe(3);
    expect(request.history.filter((e) => e.kind === 'LINE_CHANGED')).toHaveLength(1);
  });
});

describe.each(['UTC', 'Europe/Berlin', 'Asia/Vladivostok'])(
  'a server whose process runs with TZ=%s',
  (zone) => {
    let other: RunningServer;
    let ids: string[];

    beforeAll(async () => {
      ids = [await c2Request(), await line1Paused(), await breached(), await atRisk()];
      other = await startServer({ databaseUrl: api.database.url, env: { TZ: zone } });
    });

    afterAll(async () => {
      await other?.stop();
    });

    it('gives the same deadlines, paused time and state', async () => {
      for (const id of ids) {
        const here = await view(id);
        const there = await view(id, other.url);
        expect(withoutTimeLeft(there.sla), id).toEqual(withoutTimeLeft(here.sla));
      }
      expect((await view(ids[0]!, other.url)).sla.resolutionDueLatest).toBe(
        msk('2025-09-22T16:00'),
      );
    });
  },
);

/** The minutes left move with the clock between two reads; everything else must not. */
function withoutTimeLeft(sla: Sla): Partial<Sla> {
  return { ...sla, timeLeftMinutes: undefined };
}
