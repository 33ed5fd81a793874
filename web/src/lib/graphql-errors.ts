/**
 * Turns an Apollo error into what the interface can show: the server's messages with the field
 * they concern (`extensions.field`, as "hours" or "course.sections"), or the fact that the
 * server could not be reached.
 */
import type { ApolloError } from '@apollo/client/core';

export interface ReadableError {
  message: string;
  field: string | null;
}

export interface ReadableErrors {
  /** True when no answer came from the server at all. */
  unreachable: boolean;
  errors: ReadableError[];
}

interface ErrorEntry {
  message: string;
  extensions?: Record<string, unknown>;
}

export function readableErrors(error: ApolloError): ReadableErrors {
  const entries: readonly ErrorEntry[] = error.graphQLErrors.length
    ? error.graphQLErrors
    : errorsInHttpBody(error.networkError);

  const errors = entries.map((item) => ({
    message: item.message,
    field: typeof item.extensions?.field === 'string' ? item.extensions.field : null,
  }));
  return { unreachable: errors.length === 0, errors };
}

/**
 * Input refused before execution (a variable of the wrong type) comes with HTTP 400, which
 * Apollo reports as a network error; the GraphQL errors are then in the parsed body.
 */
function errorsInHttpBody(networkError: ApolloError['networkError']): ErrorEntry[] {
  const body = networkError && 'result' in networkError ? networkError.result : null;
  if (!body || typeof body !== 'object' || !('errors' in body) || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors.filter(
    (item): item is ErrorEntry => typeof (item as ErrorEntry | null)?.message === 'string',
  );
}
