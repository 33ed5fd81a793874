/**
 * The usual fixture of a contract suite: the built server on a database of its own. One call in
 * `beforeAll`, one `stop()` in `afterAll`, and the database is gone with the server.
 */
import { createTestDatabase, type TestDatabase } from './database.js';
import { startServer, type RunningServer, type StartServerOptions } from './server.js';

/** A server on a fresh test database; `stop()` stops the server, then drops the database. */
export interface ServerOnTestDatabase {
  url: string;
  database: TestDatabase;
  server: RunningServer;
  stop(): Promise<void>;
}

/** Creates a test database and starts the built server on it. */
export async function startServerOnTestDatabase(
  options: Omit<StartServerOptions, 'databaseUrl' | 'dataDir'> = {},
): Promise<ServerOnTestDatabase> {
  const database = await createTestDatabase();

  let server: RunningServer;
  try {
    server = await startServer({ ...options, databaseUrl: database.url });
  } catch (error) {
    await database.drop();
    throw error;
  }

  return {
    url: server.url,
    database,
    server,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}
