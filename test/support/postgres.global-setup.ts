/**
 * Vitest global setup: gives the tests a PostgreSQL server of their own. With TEST_DATABASE_URL
 * set it uses that server; otherwise it starts a throwaway cluster on 127.0.0.1 and removes it
 * at the end, so a run never touches a cluster that something else started.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL (may create and drop databases) of the PostgreSQL server for this run. */
    postgresAdminUrl: string;
  }
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 30_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresAdminUrl', given);
    return async () => {};
  }

  const cluster = await startCluster();
  project.provide('postgresAdminUrl', cluster.url);
  return cluster.stop;
}

/** A PostgreSQL cluster started by this file: its admin URL and how to stop and remove it. */
export interface Cluster {
  url: string;
  stop(): Promise<void>;
}

/** Starts a new cluster in a temporary folder; as root, it runs as the `postgres` user. */
export async function startCluster(): Promise<Cluster> {
  const bin = findPostgresBin();
  // initdb and postgres refuse to run as root: the folder goes to the postgres user.
  const owner = process.getuid?.() === 0 ? postgresUser() : null;
  const root = mkdtempSync(path.join(os.tmpdir(), '3kl-pg-'));
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  mkdirSync(path.join(root, 'sockets'));
  if (owner) chownTree(root, owner);

  try {
    runAs(owner, path.join(bin, 'initdb'), [
      ...['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C'],
      '--no-sync',
    ]);

    // The port is free when chosen but may be taken before postgres binds it: try again.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const child = spawnAs(owner, path.join(bin, 'postgres'), serverArgs(root, port), logFile);
      const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
      try {
        await waitForConnections(url, child, logFile);
        return { url, stop: () => stopCluster(dataDir, root) };
      } catch (error) {
        if (attempt >= 3 || child.exitCode === null) throw error;
      }
    }
  } catch (error) {
    await stopCluster(dataDir, root);
    throw error;
  }
}

/** A server for tests: loopback only, its own socket folder, no durability to wait on. */
function serverArgs(root: string, port: number): string[] {
  return [
    ...['-D', path.join(root, 'data'), '-p', String(port), '-k', path.join(root, 'sockets')],
    ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  ];
}

/** The folder of initdb and postgres: pg_config's answer, else the newest Debian version. */
export function findPostgresBin(): string {
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(path.join(bin, 'initdb'))) return bin;
  } catch {
    // No pg_config on PATH: look where Debian puts the server binaries.
  }

  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((name) => existsSync(path.join(base, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) {
    throw new Error('no PostgreSQL server binaries: install `postgresql` or set TEST_DATABASE_URL');
  }
  return path.join(base, versions[0], 'bin');
}

interface Owner {
  uid: number;
  gid: number;
}

function postgresUser(): Owner {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: 'pipe' }));
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root needs a `postgres` user to own the test cluster');
  }
}

function chownTree(dir: string, owner: Owner): void {
  chownSync(dir, owner.uid, owner.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else chownSync(full, owner.uid, owner.gid);
  }
}

function runAs(owner: Owner | null, command: string, args: string[]): void {
  const [file, argv] = owner
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

function spawnAs(owner: Owner | null, command: string, args: string[], logFile: string) {
  const [file, argv] = owner
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  const log = openSync(logFile, 'a');
  try {
    const child = spawn(file, argv, { stdio: ['ignore', log, log] });
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

/** A port free at this moment on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForConnections(
  url: string,
  child: ChildProcess,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => (exited = true));

  while (Date.now() < deadline) {
    if (exited) break;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }

  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`PostgreSQL did not accept connections at ${url}:\n${log}`);
}

/** Fast shutdown by the PID in postmaster.pid (runuser's own PID is not the server's). */
async function stopCluster(dataDir: string, root: string): Promise<void> {
  const pidText = await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(pidText.split('\n')[0] ?? '', 10);

  if (Number.isSafeInteger(pid) && pid > 0) {
    signal(pid, 'SIGINT');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (isAlive(pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (isAlive(pid)) signal(pid, 'SIGKILL');
  }

  rmSync(root, { recursive: true, force: true });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
