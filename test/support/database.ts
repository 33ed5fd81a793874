/**
 * A database of its own for each suite, on the PostgreSQL server of the run: created with a
 * random name and dropped by the suite at the end, so suites never see each other's rows.
 */
import { randomBytes } from 'node:crypto';

import pg from 'pg';
import { inject } from 'vitest';

/** A test database: its URL, and `drop()` to remove it (closing any connection left open). */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates a randomly named database (`test_<random>`) on the run's PostgreSQL server. */
export async function createTestDatabase(
  adminUrl = inject('postgresAdminUrl'),
): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** Runs one statement on the admin connection; the name is ours, so no quoting is needed. */
async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a query on a test database and returns its rows; for checks the API cannot make. */
export async function queryRows<T extends object = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
