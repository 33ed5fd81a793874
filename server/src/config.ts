/**
 * The server's settings, read once from the environment and checked, so that a wrong value
 * stops the start with a message instead of surfacing later as odd behaviour.
 */
import path from 'node:path';

import { Decimal } from './domain/decimal.js';
import { SERVER_ROOT } from './paths.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type LogFormat = 'json' | 'pretty';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: LogLevel;
  logFormat: LogFormat;
  webDist: string;
  /** Whether to create the demo customer and users (see auth/demo-accounts.ts). */
  demoData: boolean;
  /** Norm-hours per business day the queue assumes until there is a history of charges. */
  teamThroughputPerDay: Decimal;
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: readPort(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR?.trim() || path.join(SERVER_ROOT, '..', 'data')),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    logLevel: readLogLevel(env.LOG_LEVEL),
    logFormat: readLogFormat(env.LOG_FORMAT),
    webDist: path.resolve(env.WEB_DIST?.trim() || path.join(SERVER_ROOT, '..', 'web', 'dist')),
    demoData: readDemoData(env.DEMO_DATA, env.DATABASE_URL?.trim() ? 'server' : 'embedded'),
    teamThroughputPerDay: readThroughput(env.TEAM_THROUGHPUT_PER_DAY),
  };
}

/**
 * Demo accounts with a known password: on by default for the embedded database, which is a
 * trial on one machine; off by default for a PostgreSQL server, which may be production.
 */
function readDemoData(raw: string | undefined, database: 'embedded' | 'server'): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return database === 'embedded';
  if (value !== 'on' && value !== 'off') {
    throw new ConfigError(`DEMO_DATA must be on or off, got "${raw}"`);
  }
  return value === 'on';
}

function readThroughput(raw: string | undefined): Decimal {
  const text = raw?.trim() || '8';
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(text) || Number(text) === 0) {
    throw new ConfigError(
      `TEAM_THROUGHPUT_PER_DAY must be positive norm-hours per business day, got "${raw}"`,
    );
  }
  return new Decimal(text);
}

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4000;

  const port = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function readLogLevel(raw: string | undefined): LogLevel {
  const level = (raw?.trim() || 'info').toLowerCase();
  if (!LOG_LEVELS.includes(level as LogLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  }
  return level as LogLevel;
}

function readLogFormat(raw: string | undefined): LogFormat {
  const format = (raw?.trim() || 'json').toLowerCase();
  if (format !== 'json' && format !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${raw}"`);
  }
  return format;
}

function readDatabaseUrl(raw: string | undefined): string | null {
  const url = raw?.trim();
  if (!url) return null;

  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL: write postgresql://user:password@host/db');
  }
  if (protocol !== 'postgresql:' && protocol !== 'postgres:') {
    throw new ConfigError(`DATABASE_URL must be a postgresql:// URL, got ${protocol}//`);
  }
  return url;
}
