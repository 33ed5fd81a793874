/**
 * The shared fixture of the request suites: one server per file with the demo staff logged in,
 * customers made by SQL with a representative of their own, every step of a request's life as
 * one call, a request driven to any status, and a snapshot of everything a step could change.
 */
import { randomUUID } from 'node:crypto';

import { expect } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from './api-server.js';
import { queryRows } from './database.js';
import { post, type GraphQLResult } from './graphql.js';

export type Headers = Record<string, string>;

export const STATUSES = [
  'NEW',
  'ESTIMATING',
  'AWAITING_APPROVAL',
  'QUEUED',
  'IN_PROGRESS',
  'AWAITING_ACCEPTANCE',
  'SUSPENDED',
  'COMPLETED',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
] as const;

export type Status = (typeof STATUSES)[number];

/** Every request mutation with its input type. */
const INPUT_TYPES = {
  createRequest: 'CreateRequestInput',
  updateRequest: 'UpdateRequestInput',
  logTime: 'LogTimeInput',
  sendEstimate: 'SendEstimateInput',
  approveEstimate: 'RequestStepInput',
  declineEstimate: 'RequestStepInput',
  startStage: 'RequestStepInput',
  deliverStage: 'RequestStepInput',
  acceptStage: 'StageStepInput',
  returnStage: 'StageStepInput',
  approveOverrun: 'StageStepInput',
  withdrawRequest: 'RequestStepInput',
  rejectRequest: 'RequestStepInput',
} as const;

export type Mutation = keyof typeof INPUT_TYPES;

/** The steps the customer takes; the others are staff's. */
export const CUSTOMER_MUTATIONS: readonly Mutation[] = [
  'createRequest',
  'updateRequest',
  'approveEstimate',
  'declineEstimate',
  'acceptStage',
  'returnStage',
  'approveOverrun',
  'withdrawRequest',
];

/** Everything a request shows that does not move with the clock (expectedStart does). */
export const REQUEST_FIELDS = `id number status customerName title description paid coefficient
  rate { amount currency } supportLine submittedAt estimateSentAt approvedAt closedAt
  queuePosition actions category { id }
  stages { index title status estimateHours estimateNormHours estimateAmount { amount }
    actualMinutes actualTime actualHours heldHours chargedHours chargedAmount { amount }
    overrunMinutes overrunApproved startedAt deliveredAt acceptedAt }
  totals { estimateHours estimateNormHours estimateAmount { amount } loggedMinutes heldHours
    chargedHours chargedAmount { amount } studyChargedHours studyChargedAmount { amount } }
  history { at kind fromStatus toStatus stageIndex actorEmail actorRole comment }
  timeEntries { id stageIndex minutes note userEmail loggedAt }`;

export interface StageView {
  index: number;
  title: string;
  status: string;
  estimateHours: string;
  estimateNormHours: string;
  estimateAmount: { amount: string };
  actualMinutes: number;
  actualTime: string;
  actualHours: string;
  heldHours: string;
  chargedHours: string | null;
  chargedAmount: { amount: string } | null;
  overrunMinutes: number;
  overrunApproved: boolean;
  startedAt: string | null;
  deliveredAt: string | null;
  acceptedAt: string | null;
}

export interface HistoryLine {
  at: string;
  kind: string;
  fromStatus: Status | null;
  toStatus: Status;
  stageIndex: number | null;
  actorEmail: string | null;
  actorRole: string | null;
  comment: string | null;
}

export interface RequestView {
  id: string;
  number: number;
  status: Status;
  customerName: string;
  title: string;
  description: string;
  paid: boolean;
  coefficient: string;
  rate: { amount: string; currency: string };
  supportLine: number;
  submittedAt: string;
  estimateSentAt: string | null;
  approvedAt: string | null;
  closedAt: string | null;
  queuePosition: number | null;
  actions: string[];
  category: { id: string };
  stages: StageView[];
  totals: {
    estimateHours: string;
    estimateNormHours: string;
    estimateAmount: { amount: string };
    loggedMinutes: number;
    heldHours: string;
    chargedHours: string;
    chargedAmount: { amount: string };
    studyChargedHours: string;
    studyChargedAmount: { amount: string };
  };
  history: HistoryLine[];
  timeEntries: {
    id: string;
    stageIndex: number | null;
    minutes: number;
    note: string | null;
    userEmail: string;
    loggedAt: string;
  }[];
}

export interface UserErrorView {
  field: string | null;
  code: string;
  message: string;
}

export interface RequestPayload {
  request: RequestView | null;
  errors: UserErrorView[];
}

export interface Category {
  id: string;
  paid: boolean;
  coefficient: string;
  supportLine: number;
}

/** A customer organisation and its one representative, logged in. */
export interface Party {
  id: string;
  name: string;
  email: string;
  headers: Headers;
}

export interface PlannedStage {
  title: string;
  hours: string;
}

/** How a request is made and driven: its category, service, stages and logged time. */
export interface Plan {
  categoryId: string;
  serviceCode?: string;
  stages: PlannedStage[];
  /** Minutes of study logged before the estimate (0: none, the request stays NEW). */
  studyMinutes: number;
  /** Minutes logged on each stage before its delivery. */
  stageMinutes: number;
}

/** The server of one suite, with its staff logged in and the catalogue's categories read. */
export interface World {
  api: ServerOnTestDatabase;
  url: string;
  specialist: Headers;
  manager: Headers;
  /** The demo customer «Демо-университет», 40.00 norm-hours. */
  demo: Party;
  categories: Category[];
}

export const DEMO_CUSTOMER_ID = '00000000-0000-4000-8000-00000000d370';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { errors { code } }
}`;

const MOVE_FIELDS = 'balance available errors { field code message }';

export interface MovePayload {
  balance: string | null;
  available: string | null;
  errors: UserErrorView[];
}

export async function startWorld(env: Record<string, string> = {}): Promise<World> {
  const api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on', ...env } });
  const [specialist, manager, demoHeaders] = await Promise.all([
    login(api.url, 'specialist@example.com'),
    login(api.url, 'manager@example.com'),
    login(api.url, 'customer@example.com'),
  ]);
  const { requestCategories } = await data<{ requestCategories: Category[] }>(
    api.url,
    '{ requestCategories { id paid coefficient supportLine } }',
  );
  const demo = {
    id: DEMO_CUSTOMER_ID,
    name: 'Демо-университет',
    email: 'customer@example.com',
    headers: demoHeaders,
  };
  return { api, url: api.url, specialist, manager, demo, categories: requestCategories };
}

export async function login(url: string, email: string): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(url, LOGIN, {
    email,
    password: 'demo',
  });
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

/** The data of a query or mutation that must not fail at the top level. */
export async function data<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = {},
): Promise<T> {
  const result = await post<T>(url, query, variables, headers);
  expect(result.status, result.text).toBe(200);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data!;
}

/** A category of the catalogue: paid at the given K, or free. */
export function categoryOf(world: World, paid: boolean, coefficient = '1'): Category {
  const found = world.categories.find(
    (c) => c.paid === paid && (!paid || c.coefficient === coefficient),
  );
  if (!found) throw new Error(`no ${paid ? `paid K ${coefficient}` : 'free'} category`);
  return found;
}

/**
 * A new customer organisation with basic support, at the list rate unless `rate` is given, made
 * by SQL, and its representative (password "demo"); `hours` are topped up over the API.
 */
export async function newCustomer(
  world: World,
  name: string,
  hours?: string,
  rate?: string,
): Promise<Party> {
  const id = randomUUID();
  const email = `rep-${id.slice(0, 8)}@example.com`;
  await queryRows(
    world.api.database.url,
    `insert into customer (id, name, rate, basic_support, created_at)
     select $1, $2, coalesce($3::numeric, amount), true, now() from list_rate
     where currency = 'RUB'`,
    [id, name, rate ?? null],
  );
  await queryRows(
    world.api.database.url,
    `insert into app_user (id, email, password_hash, role, customer_id, created_at)
     select $1, $2, password_hash, 'CUSTOMER', $3, now()
     from app_user where email = 'customer@example.com'`,
    [randomUUID(), email, id],
  );
  if (hours) expect((await topUp(world, id, hours)).errors).toEqual([]);
  return { id, name, email, headers: await login(world.url, email) };
}

export function key(): string {
  return randomUUID();
}

export async function topUp(
  world: World,
  customerId: string,
  hours: string,
  idempotencyKey = key(),
) {
  const query = `mutation($input: TopUpInput!) { topUp(input: $input) { ${MOVE_FIELDS} } }`;
  const input = { customerId, hours, idempotencyKey };
  return (await data<{ topUp: MovePayload }>(world.url, query, { input }, world.manager)).topUp;
}

export async function adjust(
  world: World,
  customerId: string,
  hours: string,
  idempotencyKey = key(),
) {
  const query = `mutation($input: AdjustBalanceInput!) {
    adjustBalance(input: $input) { ${MOVE_FIELDS} }
  }`;
  const input = { customerId, hours, reason: 'проверка', idempotencyKey };
  const result = await data<{ adjustBalance: MovePayload }>(
    world.url,
    query,
    { input },
    world.manager,
  );
  return result.adjustBalance;
}

export function mutationText(mutation: Mutation, fields = REQUEST_FIELDS): string {
  return `mutation($input: ${INPUT_TYPES[mutation]}!) {
    ${mutation}(input: $input) { request { ${fields} } errors { field code message } }
  }`;
}

/** Sends a mutation as it is: for answers that are not a payload (top-level errors). */
export function send(
  world: World,
  headers: Headers,
  mutation: Mutation,
  input: Record<string, unknown>,
): Promise<GraphQLResult<Record<string, RequestPayload>>> {
  return post(world.url, mutationText(mutation), { input }, headers);
}

/** A step of a request's life; a fresh idempotency key is added where one is needed. */
export async function step(
  world: World,
  headers: Headers,
  mutation: Mutation,
  input: Record<string, unknown>,
): Promise<RequestPayload> {
  const keyed = mutation === 'updateRequest' || 'idempotencyKey' in input;
  const full = keyed ? input : { ...input, idempotencyKey: key() };
  const result = await send(world, headers, mutation, full);
  expect(result.status, result.text).toBe(200);
  expect(result.body.errors, result.text).toBeUndefined();
  return result.body.data![mutation]!;
}

/** A step that must succeed: its request. */
export async function ok(
  world: World,
  headers: Headers,
  mutation: Mutation,
  input: Record<string, unknown>,
): Promise<RequestView> {
  const payload = await step(world, headers, mutation, input);
  expect(payload.errors, `${mutation}: ${JSON.stringify(payload.errors)}`).toEqual([]);
  return payload.request!;
}

/** The codes of a payload's errors, as `CODE` or `CODE:field`. */
export function codes(payload: { errors: UserErrorView[] }): string[] {
  return payload.errors.map((e) => (e.field ? `${e.code}:${e.field}` : e.code));
}

export async function readRequest(
  world: World,
  headers: Headers,
  id: string,
  fields = REQUEST_FIELDS,
): Promise<RequestView | null> {
  const query = `query($id: ID!) { request(id: $id) { ${fields} } }`;
  return (await data<{ request: RequestView | null }>(world.url, query, { id }, headers)).request;
}

export function defaultPlan(world: World): Plan {
  return {
    categoryId: categoryOf(world, true, '1').id,
    stages: [
      { title: 'Анализ', hours: '1.00' },
      { title: 'Исправление', hours: '2.00' },
    ],
    studyMinutes: 0,
    stageMinutes: 30,
  };
}

/**
 * A new request of `party`, driven by the usual steps to `status`. SUSPENDED comes from a
 * first stage the balance cannot cover; COMPLETED accepts every stage.
 */
export async function driveTo(
  world: World,
  party: Party,
  status: Status,
  plan: Plan = defaultPlan(world),
): Promise<RequestView> {
  const create = { categoryId: plan.categoryId, serviceCode: plan.serviceCode, title: 'Заявка' };
  let request = await ok(world, party.headers, 'createRequest', create);
  const requestId = request.id;
  const staff = (mutation: Mutation, input: Record<string, unknown> = {}) =>
    ok(world, world.specialist, mutation, { requestId, ...input });
  const customer = (mutation: Mutation, input: Record<string, unknown> = {}) =>
    ok(world, party.headers, mutation, { requestId, ...input });

  const path: [Status, () => Promise<RequestView>][] = [
    ['NEW', async () => request],
    ['ESTIMATING', () => staff('logTime', { minutes: plan.studyMinutes || 15 })],
    ['AWAITING_APPROVAL', () => staff('sendEstimate', { stages: plan.stages })],
    ['QUEUED', () => customer('approveEstimate')],
  ];
  const side: Partial<Record<Status, () => Promise<RequestView>>> = {
    DECLINED: () => customer('declineEstimate', { comment: 'дорого' }),
    WITHDRAWN: () => customer('withdrawRequest', { comment: 'уже не нужно' }),
    REJECTED: () => staff('rejectRequest', { comment: 'не наша компетенция' }),
  };
  const before: Partial<Record<Status, Status>> = {
    DECLINED: 'AWAITING_APPROVAL',
    WITHDRAWN: 'NEW',
    REJECTED: 'NEW',
  };
  const target = before[status] ?? status;
  const skipStudy = plan.studyMinutes === 0 && target !== 'ESTIMATING';

  for (const [reached, next] of path) {
    if (reached === 'ESTIMATING' && skipStudy) continue;
    request = await next();
    expect(request.status).toBe(reached);
    if (reached === target) return side[status] ? side[status]() : request;
  }
  return driveStages(world, party, request, status, plan);
}

/** From QUEUED on: start, log, deliver and accept stages until `status`. */
async function driveStages(
  world: World,
  party: Party,
  queued: RequestView,
  status: Status,
  plan: Plan,
): Promise<RequestView> {
  const requestId = queued.id;
  let request = await step(world, world.specialist, 'startStage', { requestId });
  if (status === 'SUSPENDED') {
    expect(codes(request)).toEqual(['INSUFFICIENT_BALANCE']);
    return request.request!;
  }
  expect(request.errors).toEqual([]);
  for (let index = 1; ; index += 1) {
    if (status === 'IN_PROGRESS') return request.request!;
    if (plan.stageMinutes > 0) {
      await ok(world, world.specialist, 'logTime', { requestId, minutes: plan.stageMinutes });
    }
    const delivered = await ok(world, world.specialist, 'deliverStage', { requestId });
    if (status === 'AWAITING_ACCEPTANCE') return delivered;
    request = await step(world, party.headers, 'acceptStage', { requestId, stageIndex: index });
    expect(request.errors).toEqual([]);
    if (request.request!.status === 'COMPLETED') return request.request!;
  }
}
