/**
 * Opens the database the configuration names (a PostgreSQL server, or the embedded one in the
 * data folder), brings its schema up to date and hands out the ORM.
 */
import { MikroORM } from '@mikro-orm/postgresql';

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
    const orm = await MikroORM.init(ormConfig(url, { embedded: embedded !== null }));
    await migrate(orm, log);

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

async function migrate(orm: MikroORM, log: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0) {
    log.info({ migrations: applied.map((m) => m.name) }, 'database migrated');
  }
}
