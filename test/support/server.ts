/**
 * Starts the built server (`server/dist/main.js`) as a child process on a free loopback port
 * and hands back its URL once it logs that it is ready.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The compiled entry point that `pnpm build` writes. */
export const SERVER_MAIN = path.join(REPO_ROOT, 'server', 'dist', 'main.js');

/** The README's start command (`npm start`, `pnpm start`): install, build if stale, serve. */
export const START_COMMAND = path.join(REPO_ROOT, 'scripts', 'start.mjs');

const READY_MESSAGE = '3KL services ready at ';
const DEFAULT_START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface StartServerOptions {
  /** A PostgreSQL URL; without it the server runs the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** The embedded database's folder; a fresh temporary one (removed at stop) when left out. */
  dataDir?: string;
  /** More environment variables, applied last (LOG_LEVEL, WEB_DIST, ...). */
  env?: Record<string, string | undefined>;
  /** How long to wait for the ready line. */
  timeoutMs?: number;
  /** The script to run: the built server (default) or the start command. */
  entry?: string;
}

/** A running server: its base URL (no trailing slash), its PID, its output, and how to stop it. */
export interface RunningServer {
  url: string;
  pid: number;
  /** Every line the server wrote so far, stdout and stderr interleaved as they came. */
  logs(): string[];
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
}

/** Thrown when the server exits or stays silent before it is ready; carries what it printed. */
export class ServerStartError extends Error {
  override name = 'ServerStartError';

  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(`${message}\n--- server output ---\n${output}`);
  }
}

/** Spawns the built server with PORT=0 on 127.0.0.1 and resolves once it is ready. */
export function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const tempDataDir = options.databaseUrl || options.dataDir ? null : makeTempDataDir();
  const lines: string[] = [];

  // process.execPath rather than a shell or npx, so stopping the child stops the server itself.
  const child = spawn(process.execPath, [options.entry ?? SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: serverEnv(options, tempDataDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  killWhenTestsEnd(child);

  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? (signal ? null : 0)));
  });
  void exited.then(() => {
    if (tempDataDir) rmSync(tempDataDir, { recursive: true, force: true });
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      const seconds = (options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS) / 1000;
      reject(new ServerStartError(`the server was not ready after ${seconds} s`, null, text()));
    }, options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS);
    const text = () => lines.join('\n');

    const onLine = (line: string) => {
      lines.push(line);
      const url = readyUrl(line);
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        pid: child.pid ?? -1,
        logs: () => [...lines],
        stop: () => stopChild(child, exited),
      });
    };
    readLines(child.stdout, onLine);
    readLines(child.stderr, onLine);

    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new ServerStartError(
          `the server exited with code ${code} before it was ready`,
          code,
          text(),
        ),
      );
    });
  });
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * A test that times out or forgets stop() must not leave a server running after its worker
 * exits (a server that failed to start may ignore SIGTERM), so every child dies with the worker.
 */
function killWhenTestsEnd(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const live of liveChildren) live.kill('SIGKILL');
    });
  }
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

function makeTempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), '3kl-data-'));
}

function serverEnv(options: StartServerOptions, tempDataDir: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  delete env.NODE_OPTIONS;

  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const dataDir = options.dataDir ?? tempDataDir;
  if (dataDir) env.DATA_DIR = dataDir;

  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** The `url` of pino's ready line, or null for any other line. */
function readyUrl(line: string): string | null {
  if (!line.includes(READY_MESSAGE)) return null;
  try {
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    if (!entry.msg?.startsWith(READY_MESSAGE)) return null;
    return (entry.url ?? entry.msg.slice(READY_MESSAGE.length)).replace(/\/$/, '');
  } catch {
    return null;
  }
}

function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) onLine(part);
  });
  stream.on('end', () => {
    if (rest) onLine(rest);
  });
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number | null>,
): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');

  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** One pino line of the server's log; `level` 30 info, 40 warn, 50 error, 60 fatal. */
export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** The JSON lines of a server's output, parsed; lines that are not JSON are skipped. */
export function parseLogLines(lines: readonly string[]): LogEntry[] {
  return lines.flatMap((line) => {
    try {
      const entry = JSON.parse(line) as LogEntry;
      return typeof entry === 'object' && entry !== null && typeof entry.level === 'number'
        ? [entry]
        : [];
    } catch {
      return [];
    }
  });
}
