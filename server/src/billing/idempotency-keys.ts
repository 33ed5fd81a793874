/**
 * Idempotency keys, kept per owner (a customer's account, or a crowdfunding project for staff's
 * moves on it) and per mutation. Look a key up under the owner's lock: a concurrent retry with the
 * same key waits on the lock and then finds the first call's answer.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { RuleViolation } from '../domain/rule-violation.js';

/** A table of keys and the column naming whose they are. */
export interface KeyTable {
  table: string;
  owner: string;
}

export const CUSTOMER_KEYS: KeyTable = { table: 'idempotency_key', owner: 'customer_id' };
export const PROJECT_KEYS: KeyTable = { table: 'crowdfunding_project_key', owner: 'project_id' };

/** Every table of keys, for the sweep of old ones. */
export const KEY_TABLES: readonly KeyTable[] = [CUSTOMER_KEYS, PROJECT_KEYS];

export interface OwnedKey {
  owner: string;
  mutation: string;
  key: string;
}

/** The stored answer of an earlier call with this key, or null for a new key. */
export async function recallOwnedKey<T>(
  tx: EntityManager,
  keys: KeyTable,
  scope: OwnedKey,
  argumentsHash: string,
): Promise<T | null> {
  const [earlier] = await tx.execute<{ arguments_hash: string; payload: T }[]>(
    `select "arguments_hash", "payload" from "${keys.table}"
     where "${keys.owner}" = ? and "mutation" = ? and "key" = ?`,
    [scope.owner, scope.mutation, scope.key],
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

export async function rememberOwnedKey(
  tx: EntityManager,
  keys: KeyTable,
  scope: OwnedKey,
  argumentsHash: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  await tx.execute(
    `insert into "${keys.table}"
       ("${keys.owner}", "mutation", "key", "arguments_hash", "payload", "created_at")
     values (?, ?, ?, ?, ?, ?)`,
    [scope.owner, scope.mutation, scope.key, argumentsHash, JSON.stringify(payload), now],
  );
}
