/**
 * Logs each GraphQL operation once, with its name, duration and outcome, on the request's own
 * logger so the line carries the request id.
 */
import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphQLContext } from './context.js';

export function operationLogging(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let operation: string | null = null;

      return {
        async didResolveOperation({ operationName, operation: document }) {
          operation = operationName ?? document?.operation ?? null;
        },
        async willSendResponse({ errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const codes = errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          contextValue.log.info(
            { operation, ms: Math.round(ms * 10) / 10, errors: codes },
            'graphql operation',
          );
        },
      };
    },
  };
}
