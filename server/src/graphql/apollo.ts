/**
 * The Apollo server: the schema, error masking, operation logging. It knows nothing of HTTP;
 * the express app mounts it.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { formatError } from './errors.js';
import { inputHygiene } from './input-hygiene.plugin.js';
import { operationLogging } from './logging.plugin.js';

export function createApollo(schema: GraphQLSchema, log: Logger): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The entry point stops the whole server in order on a signal; Apollo must not race it.
    stopOnTerminationSignals: false,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), operationLogging(), inputHygiene()],
    logger: {
      debug: (message) => log.debug(message),
      info: (message) => log.info(message),
      warn: (message) => log.warn(message),
      error: (message) => log.error(message),
    },
  });
}
