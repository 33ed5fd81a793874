/**
 * What every step on a request answers: the request as it is now, or the errors of the payload.
 * Rule violations become payload errors; not being logged in stays a top-level UNAUTHENTICATED.
 */
import type { Role } from '../domain/access.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import type { GraphQLContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.type.js';
import type { Actor } from './request-access.js';
import { requestOf } from './request.mapper.js';
import type { TransitionResult } from './request.service.js';
import type { RequestStore } from './request.store.js';
import { RequestPayload } from './request.types.js';

const MAX_KEY_LENGTH = 200;

export function actorOf(viewer: GraphQLContext['viewer']): Actor {
  if (!viewer) throw new RuleViolation('UNAUTHENTICATED', null, 'Log in first.');
  return {
    userId: viewer.user.id,
    role: viewer.user.role as Role,
    customerId: viewer.user.customer?.id ?? null,
  };
}

export function checkKey(key: string): void {
  if (key.trim().length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badInput('idempotencyKey', `A key of 1 to ${MAX_KEY_LENGTH} characters is needed.`);
  }
}

/** Runs a step for the viewer; `idempotencyKey` is null for a step that takes none. */
export async function stepPayload(
  { em, viewer }: GraphQLContext,
  store: RequestStore,
  idempotencyKey: string | null,
  run: (actor: Actor) => Promise<TransitionResult>,
): Promise<RequestPayload> {
  const actor = actorOf(viewer);
  try {
    if (idempotencyKey !== null) checkKey(idempotencyKey);
    const result = await run(actor);
    const row = await store.request(em, result.requestId);
    const errors = result.refusal
      ? [UserError.of(result.refusal.code, result.refusal.field, result.refusal.message)]
      : [];
    return Object.assign(new RequestPayload(), { request: row && requestOf(row), errors });
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    return Object.assign(new RequestPayload(), {
      request: null,
      errors: [UserError.of(error.code, error.field, error.message)],
    });
  }
}
