/**
 * The ledger's steps inside a caller's transaction, so that a request's transition and the hours
 * it moves commit together or not at all. Whoever moves hours locks the customer's account row
 * first (SELECT ... FOR UPDATE): concurrent moves on one account queue there, and available hours
 * never go below zero. Always lock the account before any other row, so locks never cross.
 */
import { createHash, randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { Decimal } from '../domain/decimal.js';
import { applyEntry, type AccountState, type LedgerKind } from '../domain/ledger.js';
import {
  CUSTOMER_KEYS,
  recallOwnedKey,
  rememberOwnedKey,
  type OwnedKey,
} from './idempotency-keys.js';

/** An account under this transaction's lock; `state` follows the entries appended. */
export interface LockedAccount {
  customerId: string;
  basicSupport: boolean;
  state: AccountState;
}

export interface EntryLine {
  kind: LedgerKind;
  /** Signed: a hold or a top-up is positive, a release or a charge negative. */
  hours: Decimal;
  reason: string | null;
  actorId: string | null;
  requestId?: string | null;
  /** The request's stage it is for; null for the study of the request. */
  stageIndex?: number | null;
  /** The crowdfunding project a pledge's hold, release or charge is for. */
  crowdfundingProjectId?: string | null;
}

/** Where an idempotency key lives: per customer account and per mutation. */
export interface KeyScope {
  customerId: string;
  mutation: string;
  key: string;
}

/** Locks the customer's account row, creating it on first use; null when no such customer. */
export async function lockAccount(
  tx: EntityManager,
  customerId: string,
): Promise<LockedAccount | null> {
  const [customer] = await tx.execute<{ basic_support: boolean }[]>(
    'select "basic_support" from "customer" where "id" = ?',
    [customerId],
  );
  if (!customer) return null;

  await tx.execute(
    `insert into "customer_account" ("customer_id", "updated_at") values (?, ?)
     on conflict ("customer_id") do nothing`,
    [customerId, new Date()],
  );
  const [row] = await tx.execute<{ balance: string; held: string }[]>(
    'select "balance", "held" from "customer_account" where "customer_id" = ? for update',
    [customerId],
  );
  return {
    customerId,
    basicSupport: customer.basic_support,
    state: { balance: new Decimal(row!.balance), held: new Decimal(row!.held) },
  };
}

/** Appends one entry and writes the account's new state; INSUFFICIENT_BALANCE changes nothing. */
export async function appendEntry(
  tx: EntityManager,
  account: LockedAccount,
  line: EntryLine,
  now: Date,
): Promise<AccountState> {
  const after = applyEntry(account.state, line.kind, line.hours);

  await tx.execute(
    `insert into "ledger_entry"
       ("id", "customer_id", "kind", "hours", "balance_after", "reason", "actor_id",
        "request_id", "stage_index", "crowdfunding_project_id", "created_at")
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      account.customerId,
      line.kind,
      line.hours.toFixed(2),
      after.balance.toFixed(2),
      line.reason,
      line.actorId,
      line.requestId ?? null,
      line.stageIndex ?? null,
      line.crowdfundingProjectId ?? null,
      now,
    ],
  );
  await tx.execute(
    `update "customer_account" set "balance" = ?, "held" = ?, "updated_at" = ?
     where "customer_id" = ?`,
    [after.balance.toFixed(2), after.held.toFixed(2), now, account.customerId],
  );
  account.state = after;
  return after;
}

/** A customer's key: see idempotency-keys.ts. Call under the account's lock. */
export function recallKey<T>(
  tx: EntityManager,
  scope: KeyScope,
  argumentsHash: string,
): Promise<T | null> {
  return recallOwnedKey<T>(tx, CUSTOMER_KEYS, ownedKey(scope), argumentsHash);
}

export function rememberKey(
  tx: EntityManager,
  scope: KeyScope,
  argumentsHash: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  return rememberOwnedKey(tx, CUSTOMER_KEYS, ownedKey(scope), argumentsHash, payload, now);
}

function ownedKey(scope: KeyScope): OwnedKey {
  return { owner: scope.customerId, mutation: scope.mutation, key: scope.key };
}

/** A stable digest of a mutation's arguments, to tell a retry from a reuse of its key. */
export function argumentsHashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
