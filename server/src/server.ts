/**
 * Starts the whole product in one process: database, catalogue import, GraphQL and HTTP.
 * Returns a handle that stops it all in reverse order.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';

import { AuthService } from './auth/auth.service.js';
import { startKeyHousekeeping } from './billing/idempotency-housekeeping.js';
import { createDemoAccounts } from './auth/demo-accounts.js';
import { importCatalogue } from './catalogue/catalogue.importer.js';
import { loadContent } from './catalogue/content/load-content.js';
import type { Config } from './config.js';
import { openDatabase } from './database/database.js';
import { createApollo } from './graphql/apollo.js';
import { buildApiSchema } from './graphql/schema.js';
import { createApp } from './http/app.js';
import type { Logger } from './logger.js';
import { importBusinessCalendar } from './sla/business-calendar.importer.js';
import { loadCalendarContent } from './sla/content/calendar-content.js';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const content = loadContent();
  const calendar = loadCalendarContent();
  const database = await openDatabase(config, log.child({ module: 'database' }));

  try {
    await importCatalogue(database.orm.em.fork(), content, log.child({ module: 'catalogue' }));
    await importBusinessCalendar(database.orm.em.fork(), calendar, log.child({ module: 'sla' }));
    if (config.demoData) {
      await createDemoAccounts(database.orm.em.fork(), log.child({ module: 'auth' }));
    }

    const auth = new AuthService();
    const apollo = createApollo(
      await buildApiSchema(auth, config),
      log.child({ module: 'graphql' }),
    );
    await apollo.start();

    const housekeeping = startKeyHousekeeping(database.orm, log.child({ module: 'billing' }));
    const app = createApp({ apollo, orm: database.orm, auth, log, webDist: config.webDist });
    const http = await listen(createServer(app), config);
    const { port } = http.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

    return {
      url,
      stop: async () => {
        const closed = new Promise<void>((resolve) => http.close(() => resolve()));
        // Keep-alive connections would hold close() open until they time out.
        http.closeIdleConnections();
        await closed;
        log.debug('http server closed');
        await apollo.stop();
        log.debug('graphql stopped');
        await housekeeping.stop();
        await database.close();
        log.info('stopped');
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

function listen(server: Server, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') return reject(error);
      reject(new PortInUseError(`port ${config.port} is in use: stop what holds it or set PORT`));
    });
    server.listen(config.port, config.host, () => resolve(server));
  });
}
