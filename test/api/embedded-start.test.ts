/**
 * The one-command start on the embedded database (no DATABASE_URL): it answers, it refuses a
 * second process on the same data folder without harming the first, it imports nothing twice
 * across restarts, and it takes over a lock left by a process that died.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { queryData } from '../support/graphql.js';
import { ServerStartError, startServer, type RunningServer } from '../support/server.js';
import { catalogueCounts, EXPECTED_COUNTS } from './catalogue-counts.js';

let dataDir: string;
let first: RunningServer | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), '3kl-embedded-'));
});

afterAll(async () => {
  await first?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const lockFile = () => path.join(dataDir, 'server.lock');

describe('embedded start on a fresh data folder', () => {
  let firstCounts: Record<string, number>;

  it('starts and answers listRate', async () => {
    first = await startServer({ dataDir });
    const { listRate } = await queryData<{ listRate: { currency: string } }>(
      first.url,
      '{ listRate { amount currency } }',
    );

    expect(listRate.currency).toBe('RUB');
    firstCounts = await catalogueCounts(first.url);
    expect(firstCounts).toMatchObject(EXPECTED_COUNTS);
  });

  it('a second process on the same folder exits non-zero: the folder is in use', async () => {
    const error = await startServer({ dataDir }).then(
      (second) => second.stop().then(() => null),
      (reason: unknown) => reason,
    );

    expect(error).toBeInstanceOf(ServerStartError);
    const { exitCode, output } = error as ServerStartError;
    expect(exitCode).not.toBe(0);
    expect(output).toMatch(/in use/);
    expect(output).toContain(dataDir);
    expect(output).not.toMatch(/RuntimeError|Aborted\(\)/);
  });

  it('the first keeps working, with the same catalogue', async () => {
    expect(await catalogueCounts(first!.url)).toEqual(firstCounts);
  });

  it('stops cleanly on SIGTERM and releases the folder', async () => {
    expect(await first!.stop()).toBe(0);
    first = null;
    expect(existsSync(lockFile())).toBe(false);
  });

  it('started again on the same folder, it has exactly the same counts', async () => {
    first = await startServer({ dataDir });
    expect(await catalogueCounts(first.url)).toEqual(firstCounts);

    expect(await first.stop()).toBe(0);
    first = null;
  });
});

describe('a lock left by a process that died', () => {
  it('is treated as stale: the server starts and takes the lock', async () => {
    writeFileSync(lockFile(), `${deadPid()}\n`);

    first = await startServer({ dataDir });
    expect(readFileSync(lockFile(), 'utf8').trim()).toBe(String(first.pid));
    expect(await catalogueCounts(first.url)).toMatchObject(EXPECTED_COUNTS);
  });
});

/** The PID of a process that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}
