import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Customer } from '../auth/auth.types.js';
import { formatAmount } from '../domain/decimal.js';
import { checkAdjustment, checkTopUp } from '../domain/ledger.js';
import { rubles } from '../domain/money.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import { cursorOf, MAX_PAGE, pageSize, valueOfCursor } from '../graphql/connection.js';
import { PageInfo } from '../graphql/page-info.type.js';
import type { GraphQLContext } from '../graphql/context.js';
import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { Money } from '../graphql/money.type.js';
import { UserError } from '../graphql/user-error.type.js';
import type { LedgerService, MoveResult } from './ledger.service.js';
import {
  AdjustBalanceInput,
  AdjustBalancePayload,
  CustomerSummary,
  LedgerConnection,
  LedgerEdge,
  LedgerEntry,
  LedgerEntryKind,
  TopUpInput,
  TopUpPayload,
  type BalancePayload,
} from './ledger.types.js';

/** The kind its cursors name. */
const LEDGER = 'ledger';

const MAX_KEY_LENGTH = 200;

/** Balance, available hours, rate and ledger of the viewer's customer; staff's moves of hours. */
@Resolver(() => Customer)
export class LedgerResolver {
  constructor(private readonly ledgers: LedgerService) {}

  @FieldResolver(() => DecimalScalar, { description: 'Norm-hours on the account, two decimals.' })
  async balance(@Root() customer: Customer, @Ctx() { em }: GraphQLContext): Promise<string> {
    return formatAmount((await this.summaryOf(customer, em)).balance);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Balance less open holds, two decimals.' })
  async available(@Root() customer: Customer, @Ctx() { em }: GraphQLContext): Promise<string> {
    return formatAmount((await this.summaryOf(customer, em)).available);
  }

  @FieldResolver(() => Money, { description: 'The contract rate of one norm-hour.' })
  async rate(@Root() customer: Customer, @Ctx() { em }: GraphQLContext): Promise<Money> {
    return Money.from(rubles((await this.summaryOf(customer, em)).rate));
  }

  @FieldResolver(() => LedgerConnection, { description: 'The ledger, newest entry first.' })
  async ledger(
    @Root() customer: Customer,
    @Ctx() { em }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: `At most ${MAX_PAGE}.` })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<LedgerConnection> {
    const size = pageSize(first);
    const beforeSeq = after === null || after === undefined ? null : valueOfCursor(LEDGER, after);
    const rows = await this.ledgers.entries(em, customer.id, size + 1, beforeSeq);
    const page = rows.slice(0, size);
    const edges = page.map((row) =>
      Object.assign(new LedgerEdge(), {
        cursor: cursorOf(LEDGER, row.seq),
        node: Object.assign(new LedgerEntry(), {
          id: row.id,
          kind: row.kind as LedgerEntryKind,
          hours: formatAmount(row.hours),
          balanceAfter: formatAmount(row.balanceAfter),
          reason: row.reason,
          requestId: row.requestId,
          requestNumber: row.requestNumber,
          createdAt: row.createdAt,
        }),
      }),
    );
    return Object.assign(new LedgerConnection(), {
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: rows.length > size,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }

  @Query(() => [CustomerSummary], {
    description: 'Every customer with its balance: for staff (MANAGER, SPECIALIST) only.',
  })
  async customers(@Ctx() { em, viewer }: GraphQLContext): Promise<CustomerSummary[]> {
    if (!viewer) throw unauthenticated();
    if (viewer.user.role === 'CUSTOMER') {
      throw new RuleViolation('FORBIDDEN', null, 'Only staff see every customer.');
    }
    const rows = await this.ledgers.summaries(em);
    return rows.map((row) =>
      Object.assign(new CustomerSummary(), {
        id: row.id,
        name: row.name,
        balance: formatAmount(row.balance),
        available: formatAmount(row.available),
      }),
    );
  }

  @Mutation(() => TopUpPayload, {
    description: 'Adds bought norm-hours to a customer\u2019s balance (MANAGER only).',
  })
  async topUp(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TopUpInput) input: TopUpInput,
  ): Promise<TopUpPayload> {
    return this.moveAs(ctx, new TopUpPayload(), input.idempotencyKey, () => {
      checkTopUp(input.hours, input.reason ?? null);
      return {
        customerId: input.customerId,
        mutation: 'topUp',
        kind: 'TOP_UP',
        hours: input.hours,
        reason: input.reason?.trim() || null,
        requireBasicSupport: true,
      };
    });
  }

  @Mutation(() => AdjustBalancePayload, {
    description:
      'Corrects a customer\u2019s balance by signed norm-hours, with a reason (MANAGER).',
  })
  async adjustBalance(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AdjustBalanceInput) input: AdjustBalanceInput,
  ): Promise<AdjustBalancePayload> {
    return this.moveAs(ctx, new AdjustBalancePayload(), input.idempotencyKey, () => {
      checkAdjustment(input.hours, input.reason);
      return {
        customerId: input.customerId,
        mutation: 'adjustBalance',
        kind: 'ADJUSTMENT',
        hours: input.hours,
        reason: input.reason.trim(),
        // Taking hours back is always possible; adding them needs the basic subscription.
        requireBasicSupport: input.hours.isPositive(),
      };
    });
  }

  private async moveAs<P extends BalancePayload>(
    { em, viewer }: GraphQLContext,
    payload: P,
    idempotencyKey: string,
    build: () => Omit<Parameters<LedgerService['move']>[1], 'idempotencyKey' | 'actorId'>,
  ): Promise<P> {
    if (!viewer) throw unauthenticated();
    try {
      if (viewer.user.role !== 'MANAGER') {
        throw new RuleViolation('FORBIDDEN', null, 'Only a manager moves a customer\u2019s hours.');
      }
      if (idempotencyKey.trim().length === 0 || idempotencyKey.length > MAX_KEY_LENGTH) {
        throw badInput('idempotencyKey', `A key of 1 to ${MAX_KEY_LENGTH} characters is needed.`);
      }
      const result: MoveResult = await this.ledgers.move(em, {
        ...build(),
        idempotencyKey,
        actorId: viewer.user.id,
      });
      return Object.assign(payload, { ...result, errors: [] });
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      const userError = UserError.of(error.code, error.field, error.message);
      return Object.assign(payload, { balance: null, available: null, errors: [userError] });
    }
  }

  private async summaryOf(customer: Customer, em: GraphQLContext['em']) {
    const summary = await this.ledgers.summary(em, customer.id);
    if (!summary) throw new Error(`customer ${customer.id} has no row`);
    return summary;
  }
}

function unauthenticated(): RuleViolation {
  return new RuleViolation('UNAUTHENTICATED', null, 'Log in first.');
}
