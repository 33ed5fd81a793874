/**
 * The HTTP surface: `/graphql` for the API, `/health` for load balancers, and the web app's
 * files with a fallback to its index page for client-side routes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

import type { AuthService } from '../auth/auth.service.js';
import { sessionCookie } from '../auth/session-cookie.js';
import { ledgerCsvHandler } from '../billing/ledger.csv.js';
import { LedgerService } from '../billing/ledger.service.js';
import { localeFrom, type GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';

export interface AppDeps {
  apollo: ApolloServer<GraphQLContext>;
  orm: MikroORM;
  auth: AuthService;
  log: Logger;
  webDist: string;
}

export function createApp({ apollo, orm, auth, log, webDist }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(requestLogger(log));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const em = orm.em.fork();
        const session = sessionCookie(req, res);
        // Once per request, and only when a cookie came: anonymous reads cost no query.
        const viewer = session.token ? await auth.resolve(em, session.token) : null;
        if (session.token && viewer?.renewed) session.start(session.token);
        return {
          requestId: res.locals.requestId as string,
          locale: localeFrom(req.headers['accept-language']),
          em,
          log: res.locals.log as Logger,
          viewer,
          session,
        };
      },
    }),
  );

  app.get('/export/ledger.csv', ledgerCsvHandler(orm, auth, new LedgerService()));

  serveWebApp(app, webDist, log);
  app.use(jsonErrors);
  return app;
}

function requestLogger(log: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const requestId =
      typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();

    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    next();
  };
}

function serveWebApp(app: express.Express, webDist: string, log: Logger): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    log.warn({ webDist }, 'the web app is not built; serving the API only');
    return;
  }

  app.use(express.static(webDist, { index: false, maxAge: '1h', immutable: false }));
  // A missing bundle file is a 404: the page in its place would fail as a script, and hide why.
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('not found');
  });
  app.get('/{*splat}', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}

/** Errors before GraphQL (a body that is not JSON, one too large) answered as GraphQL would. */
const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = Number((error as { status?: number }).status) || 500;
  const log = res.locals.log as Logger;

  if (status >= 500) log.error({ err: error }, 'unexpected error in an HTTP request');
  else log.info({ status, reason: (error as Error).message }, 'request refused');

  res.status(status).json({
    errors: [
      {
        message: status >= 500 ? 'Something went wrong on our side.' : (error as Error).message,
        extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
      },
    ],
  });
};
