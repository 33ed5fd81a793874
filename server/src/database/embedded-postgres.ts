/**
 * The embedded PostgreSQL (PGlite) used when no DATABASE_URL is set: a database kept in the data
 * folder, served on a loopback socket so the ORM talks to it as to any PostgreSQL server.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

import type { Logger } from '../logger.js';
import { lockDataDir } from './data-dir-lock.js';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
): Promise<EmbeddedPostgres> {
  const lock = lockDataDir(dataDir);
  if (lock.staleOwner !== null) {
    log.warn({ dataDir, pid: lock.staleOwner }, 'took over the lock of a server that is gone');
  }
  try {
    const folder = path.join(dataDir, 'pglite');
    mkdirSync(folder, { recursive: true });

    const started = Date.now();
    const db = await PGlite.create(folder);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();

    const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
    log.info({ folder, ms: Date.now() - started }, 'embedded database ready');

    return {
      url,
      stop: async () => {
        await server.stop();
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
