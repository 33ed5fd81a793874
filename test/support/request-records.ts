/**
 * What the request suites read straight from the rows: a snapshot of everything a step on a
 * request could change, the account's sums checked to the hundredth, and exact sums of hours.
 */
import pg from 'pg';
import { expect } from 'vitest';

import { queryRows } from './database.js';
import type { World } from './requests.js';

/** Everything stored that a step on this request could change, read straight from the rows. */
export async function snapshot(world: World, requestId: string, customerId: string) {
  const client = new pg.Client({ connectionString: world.api.database.url });
  await client.connect();
  const rows = async (sql: string, params: unknown[]) =>
    (await client.query(sql, params)).rows as Record<string, unknown>[];
  try {
    return {
      request: await rows('select * from request where id = $1', [requestId]),
      stages: await rows('select * from request_stage where request_id = $1 order by index', [
        requestId,
      ]),
      history: await rows('select * from request_event where request_id = $1 order by seq', [
        requestId,
      ]),
      time: await rows('select * from time_entry where request_id = $1 order by id', [requestId]),
      ledger: await rows('select * from ledger_entry where customer_id = $1 order by seq', [
        customerId,
      ]),
      account: await rows('select * from customer_account where customer_id = $1', [customerId]),
      keys: await rows(
        `select mutation, key, arguments_hash from idempotency_key where customer_id = $1
         order by mutation, key`,
        [customerId],
      ),
      requests: await rows('select id, status from request where customer_id = $1 order by id', [
        customerId,
      ]),
    };
  } finally {
    await client.end();
  }
}

export interface AccountCheck {
  balance: string;
  held: string;
  available: string;
  entriesSum: string;
  holdsOpen: string;
  stagesHeld: string;
  lowestBalanceAfter: string | null;
}

/**
 * The account as the rows say: balance and held, the sum of its entries, the holds not yet
 * released, the hours its stages hold, the lowest running balance. All exact, from PostgreSQL.
 */
export async function accountCheck(world: World, customerId: string): Promise<AccountCheck> {
  const [row] = await queryRows<AccountCheck>(
    world.api.database.url,
    `select a.balance::text as "balance", a.held::text as "held",
       (a.balance - a.held)::text as "available",
       (select coalesce(sum(hours), 0.00) from ledger_entry e
        where e.customer_id = a.customer_id and kind in ('TOP_UP', 'CHARGE', 'ADJUSTMENT')
       )::text as "entriesSum",
       (select coalesce(sum(hours), 0.00) from ledger_entry e
        where e.customer_id = a.customer_id and kind in ('HOLD', 'RELEASE'))::text as "holdsOpen",
       (select coalesce(sum(s.held_hours), 0.00) from request_stage s
        join request r on r.id = s.request_id where r.customer_id = a.customer_id
       )::text as "stagesHeld",
       (select min(balance_after) from ledger_entry e
        where e.customer_id = a.customer_id)::text as "lowestBalanceAfter"
     from customer_account a where a.customer_id = $1`,
    [customerId],
  );
  return row!;
}

/** The ledger adds up: entries sum to the balance, open holds to held, to the hundredth. */
export async function expectLedgerExact(world: World, customerId: string): Promise<AccountCheck> {
  const account = await accountCheck(world, customerId);
  expect(account.entriesSum).toBe(account.balance);
  expect(account.holdsOpen).toBe(account.held);
  expect(account.stagesHeld).toBe(account.held);
  expect(account.available.startsWith('-'), JSON.stringify(account)).toBe(false);
  if (account.lowestBalanceAfter !== null) {
    expect(account.lowestBalanceAfter.startsWith('-'), JSON.stringify(account)).toBe(false);
  }
  return account;
}

/** Exact sum of two-decimal strings, on BigInt hundredths. */
export function sumHundredths(values: readonly string[]): string {
  const total = values.reduce((acc, value) => acc + hundredths(value), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function hundredths(value: string): bigint {
  const match = /^(-?)(\d+)\.(\d\d)$/.exec(value);
  if (!match) throw new Error(`not a two-decimal amount: ${value}`);
  const units = BigInt(`${match[2]}${match[3]}`);
  return match[1] ? -units : units;
}

/** The ledger entries moved for one request, in order: `KIND hours`. */
export async function entriesFor(world: World, requestId: string): Promise<string[]> {
  const rows = await queryRows<{ kind: string; hours: string }>(
    world.api.database.url,
    `select kind, hours::text as hours from ledger_entry where request_id = $1 order by seq`,
    [requestId],
  );
  return rows.map((row) => `${row.kind} ${row.hours}`);
}

const STORED_TABLES = [
  'request',
  'request_stage',
  'request_event',
  'time_entry',
  'ledger_entry',
  'customer_account',
  'idempotency_key',
];

/** A digest of every row a request step could write, in every table, for "nothing changed". */
export async function storedState(world: World): Promise<Record<string, string>> {
  const digests = await Promise.all(
    STORED_TABLES.map(async (table) => {
      const [row] = await queryRows<{ digest: string }>(
        world.api.database.url,
        `select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))
           as digest from "${table}" t`,
      );
      return [table, row!.digest] as const;
    }),
  );
  return Object.fromEntries(digests);
}
