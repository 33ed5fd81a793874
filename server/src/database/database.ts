/**
 * Opens the database the configuration names (a PostgreSQL server, or the embedded one in the
 * data folder), brings its schema up to date and hands out the ORM.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';

import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { ormConfig } from './orm.config.js';

export interface Database {
  orm: MikroORM;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  const embedded: EmbeddedPostgres | null = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, log);

  try {
    const url = config.databaseUrl ?? embedded!.url;
    const orm = await connect(url, embedded !== null);
    try {
      // One PostgreSQL server may have several instances starting at once; the embedded one
      // is one process by construction and serves a single connection, so it needs no lock.
      await (embedded ? migrate(orm, log) : withMigrationLock(url, () => migrate(orm, log)));
    } catch (error) {
      await orm.close();
      throw error;
    }

    return {
      orm,
      embedded: embedded !== null,
      close: async () => {
        await orm.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

async function connect(url: string, embedded: boolean): Promise<MikroORM> {
  let orm: MikroORM | null = null;
  try {
    orm = await MikroORM.init(ormConfig(url, { embedded }));
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (error) {
    await orm?.close().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `cannot reach the database at ${whereIs(url)}: ${(error as Error).message}`,
    );
  }
}

/** Host, port and database of a URL, without the user and password. */
function whereIs(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `${hostname}:${port || 5432}${pathname}`;
}

/** Any constant: instances starting together on one database migrate one after the other. */
const MIGRATION_LOCK = 3_140_000;

async function withMigrationLock(url: string, work: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function migrate(orm: MikroORM, log: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) {
    log.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  }
}
