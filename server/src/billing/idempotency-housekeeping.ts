/**
 * Idempotency keys are kept long enough for any honest retry (DESIGN.md asks for at least 24
 * hours; a week covers a client that retries after a weekend) and then deleted, so the table
 * does not grow with every mutation ever made.
 */
import type { MikroORM } from '@mikro-orm/postgresql';

import type { Logger } from '../logger.js';
import { KEY_TABLES } from './idempotency-keys.js';

export const KEY_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;

export interface Housekeeping {
  stop(): Promise<void>;
}

/** Deletes keys older than the retention now and then every hour, until stopped. */
export function startKeyHousekeeping(orm: MikroORM, log: Logger): Housekeeping {
  let running: Promise<void> = sweep(orm, log);
  const timer = setInterval(() => {
    running = running.then(() => sweep(orm, log));
  }, SWEEP_EVERY_MS);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

export async function sweep(orm: MikroORM, log: Logger, now = new Date()): Promise<void> {
  try {
    const cutoff = new Date(now.getTime() - KEY_RETENTION_MS);
    const connection = orm.em.fork().getConnection();
    for (const { table } of KEY_TABLES) {
      const sql = `delete from "${table}" where "created_at" < ?`;
      const result = await connection.execute(sql, [cutoff], 'run');
      const deleted = (result as { affectedRows?: number }).affectedRows ?? 0;
      if (deleted > 0) log.info({ table, deleted, cutoff }, 'old idempotency keys deleted');
    }
  } catch (error) {
    // A failed sweep only delays the cleanup; the next one tries again.
    log.warn({ err: error }, 'idempotency key sweep failed');
  }
}
