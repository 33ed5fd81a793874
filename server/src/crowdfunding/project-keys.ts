/**
 * Idempotency keys of staff's moves on a project (closing it releases every hold): no customer
 * account to scope them to, so they are kept per project and mutation, and checked under the
 * project's lock, as a customer's keys are under its account's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { PROJECT_KEYS, recallOwnedKey, rememberOwnedKey } from '../billing/idempotency-keys.js';

export interface ProjectKeyScope {
  projectId: string;
  mutation: string;
  key: string;
}

export function recallProjectKey<T>(
  tx: EntityManager,
  scope: ProjectKeyScope,
  argumentsHash: string,
): Promise<T | null> {
  return recallOwnedKey<T>(tx, PROJECT_KEYS, { ...scope, owner: scope.projectId }, argumentsHash);
}

export function rememberProjectKey(
  tx: EntityManager,
  scope: ProjectKeyScope,
  argumentsHash: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  const owned = { ...scope, owner: scope.projectId };
  return rememberOwnedKey(tx, PROJECT_KEYS, owned, argumentsHash, payload, now);
}
