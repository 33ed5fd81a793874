/**
 * The norm-hour ledger in PostgreSQL. Each move locks the customer's account row
 * (SELECT ... FOR UPDATE), appends one entry and updates the account in the same transaction, so
 * available hours never go below zero whatever the concurrency. Entries are only ever inserted.
 * Mutations that move hours carry an idempotency key, checked under the same lock.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { Decimal, formatAmount } from '../domain/decimal.js';
import { available, type LedgerKind } from '../domain/ledger.js';
import { RuleViolation } from '../domain/rule-violation.js';
import {
  appendEntry,
  argumentsHashOf,
  lockAccount,
  recallKey,
  rememberKey,
  type LockedAccount,
} from './account-ledger.js';

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
  /** The request the hours moved for, if any. */
  requestId: string | null;
  requestNumber: number | null;
  createdAt: Date;
}

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** What else happens, under the same lock, when hours come onto an account. */
export type OnCredit = (
  tx: EntityManager,
  account: LockedAccount,
  actorId: string | null,
  now: Date,
) => Promise<void>;

export class LedgerService {
  /** `onCredit` lets requests waiting for a top-up resume in the top-up's own transaction. */
  constructor(private readonly onCredit: OnCredit | null = null) {}

  /** Appends one entry, or answers the stored result of an earlier call with the same key. */
  async move(em: EntityManager, move: Move): Promise<MoveResult> {
    if (!isUuid(move.customerId)) throw notFound();
    const scope = {
      customerId: move.customerId,
      mutation: move.mutation,
      key: move.idempotencyKey,
    };
    const argumentsHash = argumentsHashOf({
      customerId: move.customerId.toLowerCase(),
      kind: move.kind,
      hours: move.hours.toFixed(2),
      reason: move.reason,
    });

    return em.transactional(async (tx) => {
      const account = await lockAccount(tx, move.customerId);
      if (!account) throw notFound();

      const earlier = await recallKey<MoveResult>(tx, scope, argumentsHash);
      if (earlier) return earlier;

      if (move.requireBasicSupport && !account.basicSupport) {
        throw new RuleViolation(
          'NO_BASIC_SUPPORT',
          'customerId',
          'Extended-support hours are held only beside a basic support subscription.',
        );
      }

      const now = new Date();
      await appendEntry(tx, account, move, now);
      if (move.hours.isPositive() && this.onCredit) {
        await this.onCredit(tx, account, move.actorId, now);
      }
      const after = account.state;
      const result: MoveResult = {
        balance: formatAmount(after.balance),
        available: formatAmount(available(after)),
      };
      await rememberKey(tx, scope, argumentsHash, result, now);
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
        request_id: string | null;
        request_number: string | null;
        created_at: string | Date;
      }[]
    >(
      `select e."id", e."seq"::text as "seq", e."kind", e."hours", e."balance_after", e."reason",
         e."request_id", r."number"::text as "request_number", e."created_at"
       from "ledger_entry" e left join "request" r on r."id" = e."request_id"
       where e."customer_id" = ? ${beforeSeq ? 'and e."seq" < ?' : ''}
       order by e."seq" desc limit ?`,
      beforeSeq ? [customerId, beforeSeq, limit] : [customerId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      seq: row.seq,
      kind: row.kind,
      hours: new Decimal(row.hours),
      balanceAfter: new Decimal(row.balance_after),
      reason: row.reason,
      requestId: row.request_id,
      requestNumber: row.request_number === null ? null : Number(row.request_number),
      createdAt: new Date(row.created_at),
    }));
  }
}

function notFound(): RuleViolation {
  return new RuleViolation('NOT_FOUND', 'customerId', 'No such customer.');
}
