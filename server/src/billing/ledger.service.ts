/**
 * The norm-hour ledger in PostgreSQL. Each move locks the customer's account row
 * (SELECT ... FOR UPDATE), appends one entry and updates the account in the same transaction, so
 * available hours never go below zero whatever the concurrency. Entries are only ever inserted.
 * Mutations that move hours carry an idempotency key, checked under the same lock.
 */
import { createHash, randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { Decimal, formatAmount } from '../domain/decimal.js';
import { applyEntry, available, type AccountState, type LedgerKind } from '../domain/ledger.js';
import { RuleViolation } from '../domain/rule-violation.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a move answers, and what an idempotent retry answers again. */
export interface MoveResult {
  balance: string;
  available: string;
}

export interface Move {
  customerId: string;
  mutation: 'topUp' | 'adjustBalance';
  idempotencyKey: string;
  kind: LedgerKind;
  hours: Decimal;
  reason: string | null;
  actorId: string | null;
  /** Only customers with basic support hold extended-support hours (top-ups check it). */
  requireBasicSupport: boolean;
}

export interface AccountSummary {
  id: string;
  name: string;
  rate: Decimal;
  balance: Decimal;
  available: Decimal;
}

export interface LedgerRow {
  id: string;
  seq: string;
  kind: LedgerKind;
  hours: Decimal;
  balanceAfter: Decimal;
  reason: string | null;
  createdAt: Date;
}

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export class LedgerService {
  /** Appends one entry, or answers the stored result of an earlier call with the same key. */
  async move(em: EntityManager, move: Move): Promise<MoveResult> {
    if (!isUuid(move.customerId)) throw notFound();
    const argumentsHash = hashOf({
      customerId: move.customerId.toLowerCase(),
      kind: move.kind,
      hours: move.hours.toFixed(2),
      reason: move.reason,
    });

    return em.transactional(async (tx) => {
      const customers = await tx.execute<{ basic_support: boolean }[]>(
        'select "basic_support" from "customer" where "id" = ?',
        [move.customerId],
      );
      const customer = customers[0];
      if (!customer) throw notFound();

      const now = new Date();
      await tx.execute(
        `insert into "customer_account" ("customer_id", "updated_at") values (?, ?)
         on conflict ("customer_id") do nothing`,
        [move.customerId, now],
      );
      const [locked] = await tx.execute<{ balance: string; held: string }[]>(
        'select "balance", "held" from "customer_account" where "customer_id" = ? for update',
        [move.customerId],
      );

      // Under the lock: a concurrent retry with the same key waits here and then finds it.
      const [earlier] = await tx.execute<{ arguments_hash: string; payload: MoveResult }[]>(
        `select "arguments_hash", "payload" from "idempotency_key"
         where "customer_id" = ? and "mutation" = ? and "key" = ?`,
        [move.customerId, move.mutation, move.idempotencyKey],
      );
      if (earlier) {
        if (earlier.arguments_hash !== argumentsHash) {
          throw new RuleViolation(
            'IDEMPOTENCY_KEY_REUSED',
            'idempotencyKey',
            'This idempotency key was already used with other arguments.',
          );
        }
        return earlier.payload;
      }

      if (move.requireBasicSupport && !customer.basic_support) {
        throw new RuleViolation(
          'NO_BASIC_SUPPORT',
          'customerId',
          'Extended-support hours are held only beside a basic support subscription.',
        );
      }

      const before: AccountState = {
        balance: new Decimal(locked!.balance),
        held: new Decimal(locked!.held),
      };
      const after = applyEntry(before, move.kind, move.hours);
      const result: MoveResult = {
        balance: formatAmount(after.balance),
        available: formatAmount(available(after)),
      };

      await tx.execute(
        `insert into "ledger_entry"
           ("id", "customer_id", "kind", "hours", "balance_after", "reason", "actor_id",
            "created_at")
         values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          randomUUID(),
          move.customerId,
          move.kind,
          move.hours.toFixed(2),
          after.balance.toFixed(2),
          move.reason,
          move.actorId,
          now,
        ],
      );
      await tx.execute(
        `update "customer_account" set "balance" = ?, "held" = ?, "updated_at" = ?
         where "customer_id" = ?`,
        [after.balance.toFixed(2), after.held.toFixed(2), now, move.customerId],
      );
      await tx.execute(
        `insert into "idempotency_key"
           ("customer_id", "mutation", "key", "arguments_hash", "payload", "created_at")
         values (?, ?, ?, ?, ?, ?)`,
        [
          move.customerId,
          move.mutation,
          move.idempotencyKey,
          argumentsHash,
          JSON.stringify(result),
          now,
        ],
      );
      return result;
    });
  }

  /** One customer's contract rate, balance and available hours; null if there is none. */
  async summary(em: EntityManager, customerId: string): Promise<AccountSummary | null> {
    return (await this.summaries(em, customerId))[0] ?? null;
  }

  /** Every customer (or one), by name. */
  async summaries(em: EntityManager, customerId?: string): Promise<AccountSummary[]> {
    const rows = await em.execute<
      { id: string; name: string; rate: string; balance: string | null; held: string | null }[]
    >(
      `select c."id", c."name", c."rate", a."balance", a."held"
       from "customer" c left join "customer_account" a on a."customer_id" = c."id"
       ${customerId ? 'where c."id" = ?' : ''}
       order by c."name", c."id"`,
      customerId ? [customerId] : [],
    );
    return rows.map((row) => {
      const balance = new Decimal(row.balance ?? 0);
      return {
        id: row.id,
        name: row.name,
        rate: new Decimal(row.rate),
        balance,
        available: balance.minus(row.held ?? 0),
      };
    });
  }

  /** A customer's entries, newest first, from before the entry `beforeSeq` if given. */
  async entries(
    em: EntityManager,
    customerId: string,
    limit: number,
    beforeSeq: string | null,
  ): Promise<LedgerRow[]> {
    const rows = await em.execute<
      {
        id: string;
        seq: string;
        kind: LedgerKind;
        hours: string;
        balance_after: string;
        reason: string | null;
        created_at: string | Date;
      }[]
    >(
      `select "id", "seq"::text as "seq", "kind", "hours", "balance_after", "reason", "created_at"
       from "ledger_entry" where "customer_id" = ? ${beforeSeq ? 'and "seq" < ?' : ''}
       order by "seq" desc limit ?`,
      beforeSeq ? [customerId, beforeSeq, limit] : [customerId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      hours: new Decimal(row.hours),
      balanceAfter: new Decimal(row.balance_after),
      reason: row.reason,
      createdAt: new Date(row.created_at),
    }));
  }
}

function notFound(): RuleViolation {
  return new RuleViolation('NOT_FOUND', 'customerId', 'No such customer.');
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
