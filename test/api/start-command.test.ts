/**
 * The README's start command, as a new user runs it: it installs, finds the build current (the
 * test run built it), starts on the embedded database, and serves both the API and the web app.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { post } from '../support/graphql.js';
import { START_COMMAND, startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ entry: START_COMMAND, timeoutMs: 120_000 });
});

afterAll(async () => {
  await server?.stop();
});

describe('the start command', () => {
  it('answers the API on the embedded database', async () => {
    const result = await post<{ listRate: { amount: string } }>(
      server.url,
      '{ listRate { amount } }',
    );

    expect(result.status).toBe(200);
    expect(result.body.data?.listRate.amount).toMatch(/^\d+\.\d{2}$/);
    expect(server.logs().join('\n')).toMatch(/"database":"embedded"/);
  });

  it('serves the web app, with client-side routes falling back to its page', async () => {
    for (const route of ['/', '/services/2.4', '/estimate']) {
      const response = await fetch(server.url + route);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<div id="app">/);
    }
  });

  it('reuses the build instead of rebuilding it', () => {
    expect(server.logs().join('\n')).toMatch(/the build is up to date/);
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  });
});
