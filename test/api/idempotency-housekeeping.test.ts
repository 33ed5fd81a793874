/**
 * Idempotency keys are kept a week, then swept: a key older than that is gone after the next
 * start, a day-old one still answers its retry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, queryRows, type TestDatabase } from '../support/database.js';
import { startServer } from '../support/server.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('idempotency key housekeeping', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('deletes keys older than a week at start and keeps younger ones', async () => {
    const first = await startServer({ databaseUrl: database.url, env: { DEMO_DATA: 'on' } });
    await first.stop();

    const [customer] = await queryRows<{ id: string }>(database.url, 'select "id" from "customer"');
    const now = Date.now();
    for (const [key, age] of [
      ['eight-days', 8 * DAY_MS],
      ['one-day', DAY_MS],
    ] as const) {
      await queryRows(
        database.url,
        `insert into "idempotency_key"
           ("customer_id", "mutation", "key", "arguments_hash", "payload", "created_at")
         values ($1, 'topUp', $2, repeat('0', 64), '{}', $3)`,
        [customer!.id, key, new Date(now - age)],
      );
    }

    const second = await startServer({ databaseUrl: database.url, env: { DEMO_DATA: 'on' } });
    await second.stop();

    const keys = await queryRows<{ key: string }>(
      database.url,
      `select "key" from "idempotency_key" where "key" in ('eight-days', 'one-day')`,
    );
    expect(keys.map((row) => row.key)).toEqual(['one-day']);
  });
});
