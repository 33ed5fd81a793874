/**
 * The catalogue importer on a database in use: rows that the content no longer has are deleted
 * when nothing references them and retired when something does (a request names its category,
 * service and typical work; a pledge its project), so a restart never fails on a foreign key. The
 * catalogue stops offering retired rows, while a request keeps showing what it was made for; a
 * row that comes back is offered again; a project's status and pledges are never reset.
 *
 * The content files are the server's own, so "content without this row" is made the other way
 * round: rows the files never had are added to the database, and the import is made to run again
 * by forgetting the hash of the content it last imported.
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, queryRows, type TestDatabase } from '../support/database.js';
import { post, queryData } from '../support/graphql.js';
import { startServer, type RunningServer } from '../support/server.js';

/** Content ids of the server's files used below. */
const CATEGORY = 'dedicated-editor-assistant-or-consultant';
const COMES_BACK = 'organisational-question';
const WORK = 'empty-course';
const PLEDGED_PROJECT = 'certificate-qr-verification';
const CLOSED_PROJECT = 'word-question-import';

const CATALOGUE = `{
  services { code }
  gone: service(code: "9.9") { code }
  requestCategories { id }
  typicalWorks { id }
  crowdfundingProjects { id goalHours pledgedHours status myPledge }
}`;

interface Catalogue {
  services: { code: string }[];
  gone: { code: string } | null;
  requestCategories: { id: string }[];
  typicalWorks: { id: string }[];
  crowdfundingProjects: {
    id: string;
    goalHours: string;
    pledgedHours: string;
    status: string;
    myPledge: string | null;
  }[];
}

type Headers = Record<string, string>;

let database: TestDatabase;
let server: RunningServer | null = null;

async function start(): Promise<RunningServer> {
  server = await startServer({ databaseUrl: database.url, env: { DEMO_DATA: 'on' } });
  return server;
}

async function stop(): Promise<void> {
  expect(await server?.stop()).toBe(0);
  server = null;
}

async function sql<T extends object = Record<string, unknown>>(text: string, params?: unknown[]) {
  return queryRows<T>(database.url, text, params);
}

/** Copies a row of `table` under another key: a row the content files do not have. */
async function copyRow(table: string, key: string, from: string, to: string): Promise<void> {
  await sql(
    `insert into ${table}
     select (jsonb_populate_record(
       null::${table}, to_jsonb(t) || jsonb_build_object($3::text, $2::text))).*
     from ${table} t where t.${key} = $1`,
    [from, to, key],
  );
}

async function login(url: string, email: string): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(
    url,
    `mutation($email: String!, $password: String!) {
      login(email: $email, password: $password) { errors { code } } }`,
    { email, password: 'demo' },
  );
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

interface Payload {
  errors: { code: string; field: string | null }[];
  request?: { id: string } | null;
  project?: { myPledge: string | null } | null;
}

/** The payload of a mutation that must have been answered, errors and all. */
async function mutate(url: string, headers: Headers, query: string, input: object) {
  const result = await post<Record<string, Payload>>(url, query, { input }, headers);
  expect(result.body.errors, result.text).toBeUndefined();
  return Object.values(result.body.data!)[0]!;
}

const CREATE_REQUEST = `mutation($input: CreateRequestInput!) {
  createRequest(input: $input) { request { id } errors { code field } } }`;

const PLEDGE = `mutation($input: PledgeInput!) {
  pledge(input: $input) { project { myPledge } errors { code field } } }`;

/** Forgets the last import, as a changed content file would, so the next start imports again. */
async function forceReimport(): Promise<void> {
  await sql(`update catalogue_import set content_hash = 'changed'`);
}

async function retiredAt(
  table: string,
  key: string,
  id: string,
): Promise<string | null | undefined> {
  const [row] = await sql<{ retired_at: string | null }>(
    `select retired_at::text from ${table} where ${key} = $1`,
    [id],
  );
  return row ? row.retired_at : undefined;
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe('importing content that lacks rows in use', () => {
  let requestId: string;

  it('starts, retires the referenced rows and deletes the others', async () => {
    const first = await start();
    await copyRow('request_category', 'id', CATEGORY, 'retired-category');
    await copyRow('request_category', 'id', CATEGORY, 'unused-category');
    await copyRow('service', 'code', '2.1', '9.9');
    await copyRow('service', 'code', '2.1', '9.8');
    await copyRow('typical_work', 'id', WORK, 'retired-work');
    await copyRow('typical_work', 'id', WORK, 'unused-work');
    await copyRow('crowdfunding_project', 'id', PLEDGED_PROJECT, 'retired-project');
    await copyRow('crowdfunding_project', 'id', PLEDGED_PROJECT, 'unused-project');

    const customer = await login(first.url, 'customer@example.com');
    const manager = await login(first.url, 'manager@example.com');
    const created = await mutate(first.url, customer, CREATE_REQUEST, {
      categoryId: 'retired-category',
      serviceCode: '9.9',
      typicalWorkId: 'retired-work',
      title: 'Заявка на то, что уйдёт из каталога',
      idempotencyKey: randomUUID(),
    });
    expect(created.errors).toEqual([]);
    requestId = created.request!.id;
    for (const [projectId, hours] of [
      ['retired-project', '4'],
      [PLEDGED_PROJECT, '3'],
    ]) {
      const pledged = await mutate(first.url, customer, PLEDGE, {
        projectId,
        hours,
        idempotencyKey: randomUUID(),
      });
      expect(pledged.errors).toEqual([]);
    }
    const closed = await mutate(
      first.url,
      manager,
      `mutation($input: CloseCrowdfundingProjectInput!) {
        closeCrowdfundingProject(input: $input) { errors { code field } } }`,
      { projectId: CLOSED_PROJECT, idempotencyKey: randomUUID() },
    );
    expect(closed.errors).toEqual([]);
    await stop();

    // Edited by hand meanwhile: the import puts the content back, status and pledges aside.
    await sql(`update request_category set retired_at = now() where id = $1`, [COMES_BACK]);
    await sql(`update crowdfunding_project set goal_hours = 999 where id = $1`, [PLEDGED_PROJECT]);
    await forceReimport();
    await start();

    expect(await retiredAt('request_category', 'id', 'retired-category')).not.toBeNull();
    expect(await retiredAt('service', 'code', '9.9')).not.toBeNull();
    expect(await retiredAt('typical_work', 'id', 'retired-work')).not.toBeNull();
    expect(await retiredAt('crowdfunding_project', 'id', 'retired-project')).not.toBeNull();
    for (const [table, key, id] of [
      ['request_category', 'id', 'unused-category'],
      ['service', 'code', '9.8'],
      ['typical_work', 'id', 'unused-work'],
      ['crowdfunding_project', 'id', 'unused-project'],
    ] as const) {
      expect(await retiredAt(table, key, id), id).toBeUndefined();
    }
    expect(await retiredAt('request_category', 'id', COMES_BACK)).toBeNull();
  });

  it('no longer offers retired rows, and offers again the one that came back', async () => {
    const customer = await login(server!.url, 'customer@example.com');
    const catalogue = await queryData<Catalogue>(server!.url, CATALOGUE, {}, customer);

    expect(catalogue.services.map((s) => s.code)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '2.8',
      '2.9',
    ]);
    expect(catalogue.gone).toBeNull();
    const categories = catalogue.requestCategories.map((c) => c.id);
    expect(categories).toHaveLength(18);
    expect(categories).toContain(COMES_BACK);
    expect(catalogue.typicalWorks.map((w) => w.id)).not.toContain('retired-work');
    expect(catalogue.crowdfundingProjects.map((p) => p.id)).not.toContain('retired-project');

    const estimate = await post(
      server!.url,
      '{ estimate(input: { serviceCode: "9.9", hours: "1" }) { chargedHours } }',
    );
    expect(estimate.body.errors?.[0]?.extensions?.code, estimate.text).toBe('BAD_USER_INPUT');
    const refused = await mutate(server!.url, customer, CREATE_REQUEST, {
      categoryId: 'retired-category',
      title: 'Ещё одна',
      idempotencyKey: randomUUID(),
    });
    expect(refused.errors).toEqual([{ code: 'NOT_FOUND', field: 'categoryId' }]);
  });

  it('keeps showing a request its retired category, service and typical work', async () => {
    const customer = await login(server!.url, 'customer@example.com');
    const { request } = await queryData<{
      request: { category: { id: string }; service: { code: string }; typicalWork: { id: string } };
    }>(
      server!.url,
      `query($id: ID!) { request(id: $id) {
        category { id } service { code } typicalWork { id } } }`,
      { id: requestId },
      customer,
    );
    expect(request).toEqual({
      category: { id: 'retired-category' },
      service: { code: '9.9' },
      typicalWork: { id: 'retired-work' },
    });
  });

  it('updates a project from the content but never resets its status or pledges', async () => {
    const customer = await login(server!.url, 'customer@example.com');
    const { crowdfundingProjects } = await queryData<Catalogue>(
      server!.url,
      CATALOGUE,
      {},
      customer,
    );
    const byId = new Map(crowdfundingProjects.map((p) => [p.id, p]));
    expect(byId.get(PLEDGED_PROJECT)).toEqual({
      id: PLEDGED_PROJECT,
      goalHours: '120.00',
      pledgedHours: '48.00',
      status: 'OPEN',
      myPledge: '3.00',
    });
    expect(byId.get(CLOSED_PROJECT)?.status).toBe('CLOSED');
  });

  it('lets the customer take back a pledge on a retired project', async () => {
    const customer = await login(server!.url, 'customer@example.com');
    const withdrawn = await mutate(
      server!.url,
      customer,
      `mutation($input: WithdrawPledgeInput!) {
        withdrawPledge(input: $input) { project { myPledge } errors { code field } } }`,
      { projectId: 'retired-project', idempotencyKey: randomUUID() },
    );
    expect(withdrawn).toEqual({ project: { myPledge: '0.00' }, errors: [] });
    const [account] = await sql<{ held: string }>(
      `select held::text from customer_account a join app_user u on u.customer_id = a.customer_id
       where u.email = 'customer@example.com'`,
    );
    expect(account!.held).toBe('3.00');
  });

  it('keeps the first retirement time through later imports', async () => {
    const before = await retiredAt('request_category', 'id', 'retired-category');
    await stop();
    await forceReimport();
    await start();
    expect(await retiredAt('request_category', 'id', 'retired-category')).toBe(before);
    expect(await retiredAt('crowdfunding_project', 'id', 'retired-project')).not.toBeNull();
  });
});
