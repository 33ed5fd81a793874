/**
 * The one place that decides what an error looks like to a client. Rule violations and bad input
 * keep their message and code; anything unexpected is logged and masked, so no stack trace or SQL
 * ever reaches a client.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { RuleViolation } from '../domain/rule-violation.js';
import type { Logger } from '../logger.js';

/** Codes that describe the caller's input and are shown as they are. */
const CALLER_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * graphql-js reports an argument literal that fails its type as a validation error; to the caller
 * it is bad input, like the same value sent in a variable.
 */
const BAD_LITERAL = new RegExp(
  '^(' +
    [
      'Expected value of type',
      'Expected type',
      '(Int|Float|String|Boolean|ID) cannot represent',
      'Field ".+" of required type',
      'Field ".+" argument ".+" of type ".+" is required',
      'Field ".+" is not defined by type',
      'Value ".+" does not exist in ".+" enum',
      'Enum ".+" cannot represent',
    ].join('|') +
    ')',
);

export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);

    if (original instanceof RuleViolation) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, field: original.field },
      };
    }

    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadLiteral(formatted, error)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (CALLER_CODES.has(code)) {
      return { ...formatted, extensions: { code } };
    }
    if (isRequestProblem(formatted, error)) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }

    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side; the error has been logged.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

function isBadLiteral(formatted: GraphQLFormattedError, error: unknown): boolean {
  const cause = error instanceof GraphQLError ? error.originalError : null;
  const fromScalar = cause instanceof GraphQLError && cause.extensions.code === 'BAD_USER_INPUT';
  return fromScalar || BAD_LITERAL.test(formatted.message);
}

/**
 * An error of the request as a whole (an operation type the schema does not serve, a persisted
 * query whose hash does not match) comes from GraphQL itself, with no path and no cause of ours.
 */
function isRequestProblem(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (formatted.path || !(error instanceof GraphQLError)) return false;
  return error.originalError === undefined || error.originalError instanceof GraphQLError;
}
