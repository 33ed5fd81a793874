/**
 * Why a step on a request was not taken, in a form the page can show: the refusals of the
 * payload (`errors { field code message }`), the server's own top-level errors, or no answer at
 * all, which may be retried safely with the same idempotency key.
 */
import type { ApolloError } from '@apollo/client/core';

import { readableErrors } from '../../lib/graphql-errors';
import { messages } from './messages';

export interface StepError {
  field: string | null;
  code: string;
  message: string;
}

export interface StepProblem {
  /** No answer came: the step may or may not have been taken, and a retry is safe. */
  unreachable: boolean;
  errors: readonly StepError[];
}

export function problemOfError(error: ApolloError): StepProblem {
  const codes = error.graphQLErrors.map((item) => String(item.extensions?.code ?? ''));
  const readable = readableErrors(error);
  return {
    unreachable: readable.unreachable,
    errors: readable.errors.map((item, index) => ({ ...item, code: codes[index] ?? '' })),
  };
}

/** The error about `field`, if the server named that field. */
export function fieldError(problem: StepProblem | null, field: string): StepError | null {
  return problem?.errors.find((error) => error.field === field) ?? null;
}

/** A sentence in Russian for a refusal's code; the server's own words for a code unknown. */
export function explain(error: StepError): string {
  return messages.problems.codes[error.code] ?? messages.problems.other;
}
