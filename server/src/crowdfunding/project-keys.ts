/**
 * Idempotency keys of staff's moves on a project (closing it releases every hold): no customer
 * account to scope them to, so they are kept per project and mutation, and checked under the
 * project's lock, as a customer's keys are under its account's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { RuleViolation } from '../domain/rule-violation.js';

export interface ProjectKeyScope {
  projectId: string;
  mutation: string;
  key: string;
}

/** The stored answer of an earlier call with this key, or null for a new key. */
export async function recallProjectKey<T>(
  tx: EntityManager,
  scope: ProjectKeyScope,
  argumentsHash: string,
): Promise<T | null> {
  const [earlier] = await tx.execute<{ arguments_hash: string; payload: T }[]>(
    `select "arguments_hash", "payload" from "crowdfunding_project_key"
     where "project_id" = ? and "mutation" = ? and "key" = ?`,
    [scope.projectId, scope.mutation, scope.key],
  );
  if (!earlier) return null;
  if (earlier.arguments_hash !== argumentsHash) {
    throw new RuleViolation(
      'IDEMPOTENCY_KEY_REUSED',
      'idempotencyKey',
      'This idempotency key was already used with other arguments.',
    );
  }
  return earlier.payload;
}

export async function rememberProjectKey(
  tx: EntityManager,
  scope: ProjectKeyScope,
  argumentsHash: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  await tx.execute(
    `insert into "crowdfunding_project_key"
       ("project_id", "mutation", "key", "arguments_hash", "payload", "created_at")
     values (?, ?, ?, ?, ?, ?)`,
    [scope.projectId, scope.mutation, scope.key, argumentsHash, JSON.stringify(payload), now],
  );
}
