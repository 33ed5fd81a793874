/**
 * Assertions the contract suites share: what a refused input and a masked failure must look
 * like on the wire.
 */
import { expect } from 'vitest';

import type { GraphQLErrorBody, GraphQLResult } from '../support/graphql.js';

/** Words that only a leaked database error or stack trace would put in a message. */
const LEAK =
  /\b(select|insert|update|delete)\b.+\b(from|into|set)\b|postgres|mikro-?orm|\bat .+\.js:\d+/i;

/**
 * A refusal of the caller's input: never HTTP 500, exactly one top-level error with code
 * BAD_USER_INPUT, a readable message, no stack trace. Returns the error for further checks.
 */
export function expectBadUserInput(result: GraphQLResult<unknown>): GraphQLErrorBody {
  expect(result.status, result.text).not.toBe(500);
  expect(result.status, result.text).toBeLessThan(500);
  expect(result.body.errors, result.text).toHaveLength(1);

  const [error] = result.body.errors!;
  expect(error!.extensions?.code, result.text).toBe('BAD_USER_INPUT');
  expectReadable(error!);
  expect(result.body.data ?? null, result.text).toBeNull();
  return error!;
}

/** A message a person can read: some words, no stack trace, no SQL, no internals. */
export function expectReadable(error: GraphQLErrorBody): void {
  expect(error.message.length).toBeGreaterThan(10);
  expect(error.message).toMatch(/[a-z]{3,}/i);
  expect(error.message).not.toMatch(LEAK);
  expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
  expect(error.extensions ?? {}).not.toHaveProperty('exception');
}
