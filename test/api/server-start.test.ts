/**
 * A server that cannot start says why and exits non-zero, so a supervisor or a deploy notices
 * at once instead of waiting on a process that will never serve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase, queryRows, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/postgres.global-setup.js';
import { ServerStartError, startServer } from '../support/server.js';

/** Starts a server that is expected to fail, and returns the failure. */
async function startFailure(options: Parameters<typeof startServer>[0]): Promise<ServerStartError> {
  const outcome = await startServer({ timeoutMs: 8_000, ...options }).then(
    async (server) => {
      await server.stop();
      return null;
    },
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ServerStartError);
  return outcome as ServerStartError;
}

describe('configuration errors', () => {
  it('a PORT that is not a number: exit 1, naming the variable', async () => {
    const failure = await startFailure({ env: { PORT: 'eighty' } });
    expect(failure.exitCode).toBe(1);
    expect(failure.output).toMatch(/PORT must be/);
  });

  it.each(['0x1000', '1e3', '-1', '70000'])(
    'PORT=%s is refused, not read loosely',
    async (port) => {
      const failure = await startFailure({ env: { PORT: port } });
      expect(failure.exitCode).toBe(1);
      expect(failure.output).toMatch(/PORT must be/);
    },
  );

  it.each(['mysql://127.0.0.1/x', 'nonsense'])('DATABASE_URL=%s is refused', async (url) => {
    const failure = await startFailure({ databaseUrl: url });
    expect(failure.exitCode).toBe(1);
    expect(failure.output).toMatch(/DATABASE_URL (must be|is not)/);
  });

  it('a DATABASE_URL nothing listens on: exit 1, naming the connection error', async () => {
    const port = await freePort();
    const failure = await startFailure({
      databaseUrl: `postgresql://postgres@127.0.0.1:${port}/x`,
    });

    expect(failure.exitCode).toBe(1);
    expect(failure.output).toMatch(
      /cannot reach the database at 127\.0\.0\.1:\d+\/x: .*ECONNREFUSED/,
    );
    expect(failure.output).not.toMatch(/"stack"/);
  });
});

describe('a database the migrations cannot apply to', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A table of the same name, not ours, stands in the migration's way.
    await queryRows(database.url, 'create table catalogue_section (x int)');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('the server logs why and exits non-zero', async () => {
    const failure = await startFailure({ databaseUrl: database.url });

    expect(failure.output).toMatch(/cannot start/);
    expect(failure.exitCode).toBe(1);
  });
});
