/**
 * The catalogue import on a real PostgreSQL is idempotent: a restart on the same database, or
 * two servers starting on it at once, leave every table with the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, queryRows, type TestDatabase } from '../support/database.js';
import { startServer } from '../support/server.js';
import { catalogueCounts, EXPECTED_COUNTS } from './catalogue-counts.js';

const TABLES = [
  'catalogue_import',
  'catalogue_section',
  'specialist_kind',
  'course_limit_title',
  'service',
  'support_comparison_row',
  'request_category',
  'crowdfunding_project',
  'price_example',
  'typical_work',
  'example_request',
  'support_line',
  'list_rate',
];

/** Row counts of every catalogue table, read straight from PostgreSQL. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const selects = TABLES.map(
    (table) => `select '${table}' as name, count(*)::int as n from ${table}`,
  );
  const rows = await queryRows<{ name: string; n: number }>(url, selects.join(' union all '));
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

describe('a restart on the same database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('imports once, and the second start changes nothing', async () => {
    const first = await startServer({ databaseUrl: database.url });
    const apiCounts = await catalogueCounts(first.url);
    expect(await first.stop()).toBe(0);
    const rows = await tableCounts(database.url);

    const second = await startServer({ databaseUrl: database.url });
    expect(await catalogueCounts(second.url)).toEqual(apiCounts);
    expect(await second.stop()).toBe(0);

    expect(apiCounts).toMatchObject(EXPECTED_COUNTS);
    expect(rows.catalogue_import).toBe(1);
    expect(await tableCounts(database.url)).toEqual(rows);
  });
});

describe('two servers starting at once on a new database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.drop();
  });

  // Migrations run under an advisory lock; without it the second server failed in 3 of 5 tries.
  it('both start, and the catalogue is imported once', async () => {
    const servers = await Promise.all([
      startServer({ databaseUrl: database.url }),
      startServer({ databaseUrl: database.url }),
    ]);

    try {
      const [a, b] = await Promise.all(servers.map((server) => catalogueCounts(server.url)));
      expect(a).toEqual(b);
      expect(a).toMatchObject(EXPECTED_COUNTS);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }

    const rows = await tableCounts(database.url);
    expect(rows.catalogue_import).toBe(1);
    expect(rows.service).toBe(9);
    expect(rows.request_category).toBe(18);
  });
});
