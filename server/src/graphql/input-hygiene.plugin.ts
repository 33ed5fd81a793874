/**
 * Refuses text that no PostgreSQL column can hold, a NUL character, wherever it comes in: in a
 * variable or in a literal of the query. Checked once here rather than at every argument, so a
 * new argument cannot forget it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

import type { GraphQLContext } from './context.js';

const NUL = '\u0000';

export function inputHygiene(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (hasNul(request.variables) || documentHasNul(document)) {
            throw new GraphQLError('text must not contain the NUL character (\\u0000)', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(hasNul);
  if (value && typeof value === 'object') return Object.values(value).some(hasNul);
  return false;
}

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ||= node.value.includes(NUL);
    },
  });
  return found;
}
