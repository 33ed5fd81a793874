/**
 * The norm-hour ledger over HTTP: exact sums (C4), idempotent retries and reused keys, 50
 * parallel adjustments against one account, who may see and move what, the ledger connection's
 * pages, and the CSV export (C10).
 */
import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase, type ServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post, type GraphQLResult } from '../support/graphql.js';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { errors { code } }
}`;

const TOP_UP = `mutation($input: TopUpInput!) {
  topUp(input: $input) { balance available errors { field code message } }
}`;

const ADJUST = `mutation($input: AdjustBalanceInput!) {
  adjustBalance(input: $input) { balance available errors { field code message } }
}`;

const MY_ACCOUNT = `query($first: Int, $after: String) {
  viewer { customer {
    name balance available rate { amount currency }
    ledger(first: $first, after: $after) {
      edges { cursor node { id kind hours balanceAfter reason createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  } }
}`;

const CUSTOMERS = `{ customers { id name balance available } }`;

interface MovePayload {
  balance: string | null;
  available: string | null;
  errors: { field: string | null; code: string; message: string }[];
}

interface LedgerNode {
  id: string;
  kind: string;
  hours: string;
  balanceAfter: string;
  reason: string | null;
  createdAt: string;
}

interface AccountData {
  viewer: {
    customer: {
      name: string;
      balance: string;
      available: string;
      rate: { amount: string; currency: string };
      ledger: {
        edges: { cursor: string; node: LedgerNode }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

type Headers = Record<string, string>;

const DEMO_CUSTOMER_ID = '00000000-0000-4000-8000-00000000d370';

let api: ServerOnTestDatabase;
let manager: Headers;
let specialist: Headers;
let customer: Headers;
let otherCustomer: Headers;
let otherCustomerId: string;

async function login(email: string): Promise<Headers> {
  const result = await post<{ login: { errors: unknown[] } }>(api.url, LOGIN, {
    email,
    password: 'demo',
  });
  expect(result.body.data?.login.errors, result.text).toEqual([]);
  const line = result.headers.getSetCookie().find((l) => l.startsWith('session='));
  return { cookie: line!.split(';')[0]! };
}

/** A customer organisation made by SQL, with or without basic support. */
async function newCustomer(name: string, basicSupport = true): Promise<string> {
  const id = randomUUID();
  await queryRows(
    api.database.url,
    `insert into customer (id, name, rate, basic_support, created_at)
     values ($1, $2, 1500, $3, now())`,
    [id, name, basicSupport],
  );
  return id;
}

function topUp(headers: Headers, input: Record<string, unknown>) {
  return post<{ topUp: MovePayload }>(api.url, TOP_UP, { input }, headers);
}

function adjust(headers: Headers, input: Record<string, unknown>) {
  return post<{ adjustBalance: MovePayload }>(api.url, ADJUST, { input }, headers);
}

function key(): string {
  return randomUUID();
}

async function entriesOf(customerId: string): Promise<{ hours: string; kind: string }[]> {
  return queryRows(
    api.database.url,
    'select hours::text as hours, kind from ledger_entry where customer_id = $1',
    [customerId],
  );
}

async function accountOf(
  customerId: string,
): Promise<{ balance: string; held: string; sum: string }> {
  const [row] = await queryRows<{ balance: string; held: string; sum: string }>(
    api.database.url,
    `select a.balance::text as balance, a.held::text as held,
       (select coalesce(sum(hours), 0)::text from ledger_entry e
        where e.customer_id = a.customer_id) as sum
     from customer_account a where a.customer_id = $1`,
    [customerId],
  );
  return row!;
}

function payloadOf<T extends MovePayload>(result: GraphQLResult<Record<string, T>>): T {
  expect(result.status, result.text).toBe(200);
  expect(result.body.errors, result.text).toBeUndefined();
  return Object.values(result.body.data!)[0]!;
}

beforeAll(async () => {
  api = await startServerOnTestDatabase({ env: { DEMO_DATA: 'on' } });
  [manager, specialist, customer] = await Promise.all([
    login('manager@example.com'),
    login('specialist@example.com'),
    login('customer@example.com'),
  ]);
  otherCustomerId = await newCustomer('Другая организация');
  // The demo password's hash, so the second representative logs in with "demo" too.
  await queryRows(
    api.database.url,
    `insert into app_user (id, email, password_hash, role, customer_id, created_at)
     select $1, 'other@example.com', password_hash, 'CUSTOMER', $2, now()
     from app_user where email = 'customer@example.com'`,
    [randomUUID(), otherCustomerId],
  );
  otherCustomer = await login('other@example.com');
});

afterAll(async () => {
  await api?.stop();
});

describe('the demo customer', () => {
  it('has basic support, the list rate and 40.00 norm-hours from one top-up', async () => {
    const result = await post<AccountData>(api.url, MY_ACCOUNT, {}, customer);
    const account = result.body.data!.viewer!.customer!;
    expect(account.balance).toBe('40.00');
    expect(account.available).toBe('40.00');
    expect(account.rate.currency).toBe('RUB');
    expect(account.rate.amount).toMatch(/^\d+\.\d\d$/);
    expect(
      account.ledger.edges.map((e) => [e.node.kind, e.node.hours, e.node.balanceAfter]),
    ).toEqual([['TOP_UP', '40.00', '40.00']]);
    const [row] = await queryRows<{ basic_support: boolean }>(
      api.database.url,
      'select basic_support from customer where id = $1',
      [DEMO_CUSTOMER_ID],
    );
    expect(row!.basic_support).toBe(true);
  });
});

describe('C4: decimals are numbers, not strings', () => {
  it('10.50 topped up by 2.5 is 13.00 on the wire', async () => {
    const id = await newCustomer('C4 сложение');
    expect(
      payloadOf(await topUp(manager, { customerId: id, hours: '10.50', idempotencyKey: key() })),
    ).toMatchObject({ balance: '10.50', available: '10.50', errors: [] });
    expect(
      payloadOf(await topUp(manager, { customerId: id, hours: '2.5', idempotencyKey: key() })),
    ).toMatchObject({ balance: '13.00', available: '13.00', errors: [] });
    expect((await accountOf(id)).balance).toBe('13.00');
  });

  it('9.50 is short of a 10.00 adjustment: INSUFFICIENT_BALANCE, nothing stored', async () => {
    const id = await newCustomer('C4 сравнение');
    payloadOf(await topUp(manager, { customerId: id, hours: '9.50', idempotencyKey: key() }));
    const refused = payloadOf(
      await adjust(manager, {
        customerId: id,
        hours: '-10.00',
        reason: 'проверка',
        idempotencyKey: key(),
      }),
    );
    expect(refused.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_BALANCE']);
    expect(refused.balance).toBeNull();
    expect(await entriesOf(id)).toHaveLength(1);
    expect((await accountOf(id)).balance).toBe('9.50');
    const keys = await queryRows(
      api.database.url,
      'select 1 from idempotency_key where customer_id = $1 and mutation = $2',
      [id, 'adjustBalance'],
    );
    expect(keys).toHaveLength(0);
  });
});

describe('idempotency', () => {
  it('a retry with the same key and arguments answers as first and moves nothing', async () => {
    const id = await newCustomer('Повтор');
    const input = { customerId: id, hours: '5', idempotencyKey: key(), reason: 'счёт 17' };
    const first = payloadOf(await topUp(manager, input));
    payloadOf(await topUp(manager, { customerId: id, hours: '1', idempotencyKey: key() }));
    const again = payloadOf(await topUp(manager, { ...input, hours: '5.00' }));
    expect(again).toEqual(first);
    expect(first).toMatchObject({ balance: '5.00', errors: [] });
    expect(await entriesOf(id)).toHaveLength(2);
    expect((await accountOf(id)).balance).toBe('6.00');
  });

  it('ten parallel retries of one top-up move the hours once and answer alike', async () => {
    const id = await newCustomer('Двойной щелчок');
    const input = { customerId: id, hours: '2.25', idempotencyKey: key() };
    const results = await Promise.all(Array.from({ length: 10 }, () => topUp(manager, input)));
    for (const result of results) {
      expect(payloadOf(result)).toEqual({ balance: '2.25', available: '2.25', errors: [] });
    }
    expect(await entriesOf(id)).toHaveLength(1);
  });

  it('the same key with other arguments is IDEMPOTENCY_KEY_REUSED and moves nothing', async () => {
    const id = await newCustomer('Чужой ключ');
    const idempotencyKey = key();
    payloadOf(await topUp(manager, { customerId: id, hours: '3', idempotencyKey }));
    const reused = payloadOf(await topUp(manager, { customerId: id, hours: '4', idempotencyKey }));
    expect(reused.errors.map((e) => [e.code, e.field])).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', 'idempotencyKey'],
    ]);
    expect(await entriesOf(id)).toHaveLength(1);
    expect((await accountOf(id)).balance).toBe('3.00');
  });

  it('keys are per mutation: the same key on adjustBalance is a new move', async () => {
    const id = await newCustomer('Ключ на операцию');
    const idempotencyKey = key();
    payloadOf(await topUp(manager, { customerId: id, hours: '3', idempotencyKey }));
    const adjusted = payloadOf(
      await adjust(manager, { customerId: id, hours: '-1', reason: 'ошибка', idempotencyKey }),
    );
    expect(adjusted).toMatchObject({ balance: '2.00', errors: [] });
  });
});

describe('rules of a move', () => {
  it('a top-up to a customer without basic support is NO_BASIC_SUPPORT', async () => {
    const id = await newCustomer('Без базовой', false);
    const refused = payloadOf(
      await topUp(manager, { customerId: id, hours: '1', idempotencyKey: key() }),
    );
    expect(refused.errors.map((e) => e.code)).toEqual(['NO_BASIC_SUPPORT']);
    expect(await entriesOf(id)).toHaveLength(0);
  });

  it('refuses zero, negative, over-precise top-ups, empty reasons, unknown customers', async () => {
    const id = await newCustomer('Проверки');
    const codes = async (p: Promise<GraphQLResult<Record<string, MovePayload>>>) =>
      payloadOf(await p).errors.map((e) => `${e.code}:${e.field}`);
    expect(
      await codes(topUp(manager, { customerId: id, hours: '0', idempotencyKey: key() })),
    ).toEqual(['BAD_USER_INPUT:hours']);
    expect(
      await codes(topUp(manager, { customerId: id, hours: '-1', idempotencyKey: key() })),
    ).toEqual(['BAD_USER_INPUT:hours']);
    expect(
      await codes(topUp(manager, { customerId: id, hours: '1.005', idempotencyKey: key() })),
    ).toEqual(['BAD_USER_INPUT:hours']);
    expect(
      await codes(
        adjust(manager, { customerId: id, hours: '1', reason: ' ', idempotencyKey: key() }),
      ),
    ).toEqual(['BAD_USER_INPUT:reason']);
    expect(
      await codes(
        adjust(manager, { customerId: id, hours: '0', reason: 'x', idempotencyKey: key() }),
      ),
    ).toEqual(['BAD_USER_INPUT:hours']);
    expect(
      await codes(topUp(manager, { customerId: randomUUID(), hours: '1', idempotencyKey: key() })),
    ).toEqual(['NOT_FOUND:customerId']);
    expect(
      await codes(topUp(manager, { customerId: 'nonsense', hours: '1', idempotencyKey: key() })),
    ).toEqual(['NOT_FOUND:customerId']);
    expect(await entriesOf(id)).toHaveLength(0);
  });
});

describe('concurrency', () => {
  it('50 parallel -1.00 adjustments against 30.00: exactly 30 pass, never below 0', async () => {
    const id = await newCustomer('Пятьдесят');
    payloadOf(await topUp(manager, { customerId: id, hours: '30.00', idempotencyKey: key() }));
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        adjust(manager, {
          customerId: id,
          hours: '-1.00',
          reason: 'нагрузка',
          idempotencyKey: key(),
        }),
      ),
    );
    const payloads = results.map((r) => payloadOf(r));
    expect(payloads.filter((p) => p.errors.length === 0)).toHaveLength(30);
    expect(payloads.filter((p) => p.errors[0]?.code === 'INSUFFICIENT_BALANCE')).toHaveLength(20);
    for (const p of payloads.filter((x) => x.available !== null)) {
      expect(p.available!.startsWith('-')).toBe(false);
    }
    const account = await accountOf(id);
    expect(account).toEqual({ balance: '0.00', held: '0.00', sum: '0.00' });
    const [min] = await queryRows<{ min: string }>(
      api.database.url,
      'select min(balance_after)::text as min from ledger_entry where customer_id = $1',
      [id],
    );
    expect(min!.min).toBe('0.00');
  });

  it('refuses an UPDATE or DELETE of an entry in the database itself', async () => {
    for (const sql of ['update ledger_entry set hours = 1', 'delete from ledger_entry']) {
      await expect(queryRows(api.database.url, sql), sql).rejects.toThrow(/append-only/);
    }
  });

  it('balance equals the sum of entries on every account', async () => {
    const rows = await queryRows<{ customer_id: string; balance: string; sum: string }>(
      api.database.url,
      `select a.customer_id, a.balance::text as balance,
         (select sum(hours) from ledger_entry e where e.customer_id = a.customer_id)::text as sum
       from customer_account a`,
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row.sum, row.customer_id).toBe(row.balance);
  });
});

describe('who may see and move hours', () => {
  it('anonymous callers are UNAUTHENTICATED at the top level', async () => {
    const moved = await topUp(
      {},
      { customerId: otherCustomerId, hours: '1', idempotencyKey: key() },
    );
    expect(moved.body.errors?.[0]?.extensions?.code, moved.text).toBe('UNAUTHENTICATED');
    const adjusted = await adjust(
      {},
      { customerId: otherCustomerId, hours: '1', reason: 'x', idempotencyKey: key() },
    );
    expect(adjusted.body.errors?.[0]?.extensions?.code, adjusted.text).toBe('UNAUTHENTICATED');
    const listed = await post(api.url, CUSTOMERS, {}, {});
    expect(listed.body.errors?.[0]?.extensions?.code, listed.text).toBe('UNAUTHENTICATED');
    const viewer = await post<AccountData>(api.url, MY_ACCOUNT, {}, {});
    expect(viewer.body.data?.viewer).toBeNull();
  });

  it('a representative or specialist moving hours gets FORBIDDEN, moves nothing', async () => {
    for (const headers of [customer, otherCustomer, specialist]) {
      const moved = payloadOf(
        await topUp(headers, { customerId: otherCustomerId, hours: '1', idempotencyKey: key() }),
      );
      expect(moved.errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
      const adjusted = payloadOf(
        await adjust(headers, {
          customerId: otherCustomerId,
          hours: '1',
          reason: 'x',
          idempotencyKey: key(),
        }),
      );
      expect(adjusted.errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    }
    expect(await entriesOf(otherCustomerId)).toHaveLength(0);
  });

  it('customers is for staff; a representative is refused', async () => {
    for (const headers of [manager, specialist]) {
      const result = await post<{ customers: { id: string; balance: string }[] }>(
        api.url,
        CUSTOMERS,
        {},
        headers,
      );
      expect(
        result.body.data?.customers.map((c) => c.id),
        result.text,
      ).toContain(DEMO_CUSTOMER_ID);
    }
    const refused = await post(api.url, CUSTOMERS, {}, customer);
    expect(refused.body.errors?.[0]?.extensions?.code, refused.text).toBe('FORBIDDEN');
  });

  it('a customer sees only its own balance and ledger', async () => {
    payloadOf(
      await topUp(manager, {
        customerId: otherCustomerId,
        hours: '7.25',
        idempotencyKey: key(),
        reason: 'чужое',
      }),
    );
    const mine = (await post<AccountData>(api.url, MY_ACCOUNT, { first: 100 }, customer)).body
      .data!;
    const theirs = (await post<AccountData>(api.url, MY_ACCOUNT, { first: 100 }, otherCustomer))
      .body.data!;
    expect(theirs.viewer!.customer!.balance).toBe('7.25');
    expect(theirs.viewer!.customer!.ledger.edges.map((e) => e.node.reason)).toEqual(['чужое']);
    expect(mine.viewer!.customer!.ledger.edges.map((e) => e.node.reason)).not.toContain('чужое');
    const theirIds = new Set(theirs.viewer!.customer!.ledger.edges.map((e) => e.node.id));
    expect(mine.viewer!.customer!.ledger.edges.some((e) => theirIds.has(e.node.id))).toBe(false);
    // Another customer's cursor opens nothing of theirs either.
    const cursor = theirs.viewer!.customer!.ledger.edges[0]!.cursor;
    const viaCursor = (await post<AccountData>(api.url, MY_ACCOUNT, { after: cursor }, customer))
      .body.data!;
    expect(viaCursor.viewer!.customer!.ledger.edges.every((e) => !theirIds.has(e.node.id))).toBe(
      true,
    );
    const csv = await (await fetch(`${api.url}/export/ledger.csv`, { headers: customer })).text();
    expect(csv).not.toContain('чужое');
  });
});

describe('the ledger connection', () => {
  it('pages newest first with first/after, with the running balance', async () => {
    const id = await newCustomer('Страницы');
    await queryRows(
      api.database.url,
      `insert into app_user (id, email, password_hash, role, customer_id, created_at)
       select $1, 'pages@example.com', password_hash, 'CUSTOMER', $2, now()
       from app_user where email = 'customer@example.com'`,
      [randomUUID(), id],
    );
    const rep = await login('pages@example.com');
    for (const hours of ['1', '2', '3', '4', '5']) {
      payloadOf(await topUp(manager, { customerId: id, hours, idempotencyKey: key() }));
    }
    const seen: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResult<AccountData> = await post<AccountData>(
        api.url,
        MY_ACCOUNT,
        { first: 2, after },
        rep,
      );
      const ledger = result.body.data!.viewer!.customer!.ledger;
      seen.push(ledger.edges.map((e) => `${e.node.hours}/${e.node.balanceAfter}`));
      if (!ledger.pageInfo.hasNextPage) break;
      after = ledger.pageInfo.endCursor;
    }
    expect(seen).toEqual([['5.00/15.00', '4.00/10.00'], ['3.00/6.00', '2.00/3.00'], ['1.00/1.00']]);
  });

  it('refuses first above 100 and a forged cursor as BAD_USER_INPUT', async () => {
    const tooMany = await post<AccountData>(api.url, MY_ACCOUNT, { first: 101 }, customer);
    expect(tooMany.status).toBeLessThan(500);
    expect(tooMany.body.errors?.[0]?.extensions?.code, tooMany.text).toBe('BAD_USER_INPUT');
    const forged = await post<AccountData>(api.url, MY_ACCOUNT, { after: 'bm9wZQ' }, customer);
    expect(forged.body.errors?.[0]?.extensions?.code, forged.text).toBe('BAD_USER_INPUT');
    const hundred = await post<AccountData>(api.url, MY_ACCOUNT, { first: 100 }, customer);
    expect(hundred.body.errors, hundred.text).toBeUndefined();
  });
});

describe('CSV export (C10)', () => {
  it('starts with EF BB BF and reads back «Пополнение» with a decimal comma', async () => {
    const response = await fetch(`${api.url}/export/ledger.csv`, { headers: customer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Дата (МСК);Операция;Нормо-часы;Баланс после;Основание');
    expect(lines[1]).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d;Пополнение;40,00;40,00;/);
  });

  it('is 401 without a customer session', async () => {
    expect((await fetch(`${api.url}/export/ledger.csv`)).status).toBe(401);
    expect((await fetch(`${api.url}/export/ledger.csv`, { headers: manager })).status).toBe(401);
  });
});
