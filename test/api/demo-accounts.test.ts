/**
 * The demo accounts: created once on the embedded database unless DEMO_DATA=off, announced in
 * the log, never on a PostgreSQL server unless DEMO_DATA=on; a wrong DEMO_DATA stops the start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerOnTestDatabase } from '../support/api-server.js';
import { queryRows } from '../support/database.js';
import { post } from '../support/graphql.js';
import { parseLogLines, ServerStartError, startServer } from '../support/server.js';

const LOGIN = `mutation { login(email: "customer@example.com", password: "demo") {
  viewer { user { email } } errors { code } } }`;

const USERS = `{ viewer { user { email } } }`;

const BALANCE = `{ viewer { customer { balance ledger { edges { node { kind hours } } } } } }`;

interface BalanceData {
  viewer: {
    customer: { balance: string; ledger: { edges: { node: { kind: string; hours: string } }[] } };
  };
}

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), '3kl-demo-'));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function announced(logs: string[]): boolean {
  return parseLogLines(logs).some((entry) => entry.msg.startsWith('demo accounts: '));
}

describe('on the embedded database', () => {
  it('creates the demo accounts, logs them, and a second start changes nothing', async () => {
    for (let start = 1; start <= 2; start += 1) {
      const server = await startServer({ dataDir, env: { DEMO_DATA: undefined } });
      try {
        expect(announced(server.logs()), server.logs().join('\n')).toBe(true);
        const result = await post<{ login: { errors: unknown[] } }>(server.url, LOGIN);
        expect(result.body.data?.login.errors, `start ${start}`).toEqual([]);
        // 40 norm-hours of extended support, topped up once: a restart adds none.
        const cookie = result.headers.getSetCookie()[0]!.split(';')[0]!;
        const balance = await post<BalanceData>(server.url, BALANCE, {}, { cookie });
        expect(balance.body.data?.viewer.customer, `start ${start}`).toEqual({
          balance: '40.00',
          ledger: { edges: [{ node: { kind: 'TOP_UP', hours: '40.00' } }] },
        });
      } finally {
        expect(await server.stop()).toBe(0);
      }
    }
  });

  it('creates none with DEMO_DATA=off', async () => {
    const server = await startServer({ env: { DEMO_DATA: 'off' } });
    try {
      expect(announced(server.logs())).toBe(false);
      const result = await post<{ login: { errors: { code: string }[] } }>(server.url, LOGIN);
      expect(result.body.data?.login.errors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    } finally {
      await server.stop();
    }
  });
});

describe('on a PostgreSQL server', () => {
  it('creates none unless DEMO_DATA=on', async () => {
    const api = await startServerOnTestDatabase({ env: { DEMO_DATA: undefined } });
    try {
      expect(announced(api.server.logs())).toBe(false);
      expect(await queryRows(api.database.url, 'select 1 from app_user')).toEqual([]);
      expect((await post(api.url, USERS)).body).toEqual({ data: { viewer: null } });
    } finally {
      await api.stop();
    }
  });
});

it('refuses to start with a DEMO_DATA that is neither on nor off', async () => {
  const error = await startServer({ env: { DEMO_DATA: 'yes' } }).then(
    (server) => server.stop().then(() => null),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ServerStartError);
  expect((error as ServerStartError).output).toMatch(/DEMO_DATA must be on or off/);
});
