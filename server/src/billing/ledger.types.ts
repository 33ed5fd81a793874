import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import type { Decimal } from '../domain/decimal.js';
import { PageInfo } from '../graphql/page-info.type.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { UserError } from '../graphql/user-error.type.js';

export enum LedgerEntryKind {
  TOP_UP = 'TOP_UP',
  HOLD = 'HOLD',
  RELEASE = 'RELEASE',
  CHARGE = 'CHARGE',
  ADJUSTMENT = 'ADJUSTMENT',
}

registerEnumType(LedgerEntryKind, {
  name: 'LedgerEntryKind',
  description: 'What moved hours on a customer\u2019s account.',
  valuesConfig: {
    TOP_UP: { description: 'Hours bought: added to the balance.' },
    HOLD: { description: 'Hours set aside for a stage started: available goes down.' },
    RELEASE: { description: 'A hold given back.' },
    CHARGE: { description: 'Hours written off for accepted work.' },
    ADJUSTMENT: { description: 'A correction by a manager, with a reason; either sign.' },
  },
});

@ObjectType({ description: 'One append-only entry of a customer\u2019s norm-hour ledger.' })
export class LedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => LedgerEntryKind)
  kind!: LedgerEntryKind;

  @Field(() => DecimalScalar, { description: 'Signed norm-hours, two decimals.' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'The running balance after this entry.' })
  balanceAfter!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The request the hours moved for, if any.' })
  requestId!: string | null;

  @Field(() => Int, { nullable: true, description: 'That request\u2019s number.' })
  requestNumber!: number | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class LedgerEdge {
  @Field(() => String, { description: 'Pass as `after` to read the entries older than this.' })
  cursor!: string;

  @Field(() => LedgerEntry)
  node!: LedgerEntry;
}

@ObjectType({ description: 'A page of ledger entries, newest first.' })
export class LedgerConnection {
  @Field(() => [LedgerEdge])
  edges!: LedgerEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A customer as staff see it on the billing desk.' })
export class CustomerSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DecimalScalar, { description: 'Norm-hours on the account.' })
  balance!: string;

  @Field(() => DecimalScalar, { description: 'Balance less open holds.' })
  available!: string;
}

@InputType({ description: 'Extended-support norm-hours bought by a customer.' })
export class TopUpInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar, { description: 'Positive norm-hours, at most two decimals.' })
  hours!: Decimal;

  @Field(() => String, { description: 'A retry with the same key moves nothing again.' })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'A manager\u2019s correction of a balance, with a reason.' })
export class AdjustBalanceInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => DecimalScalar, { description: 'Signed, non-zero norm-hours, two decimals.' })
  hours!: Decimal;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: 'A retry with the same key moves nothing again.' })
  idempotencyKey!: string;
}

const ERRORS =
  'FORBIDDEN, NOT_FOUND, NO_BASIC_SUPPORT, INSUFFICIENT_BALANCE, IDEMPOTENCY_KEY_REUSED, ' +
  'BAD_USER_INPUT.';

/** What both moves of hours answer: the account after the move, or why nothing moved. */
@ObjectType()
abstract class BalanceMovePayload {
  @Field(() => DecimalScalar, { nullable: true, description: 'The new balance; null on error.' })
  balance!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The new available hours.' })
  available!: string | null;

  @Field(() => [UserError], { description: ERRORS })
  errors!: UserError[];
}

export type BalancePayload = BalanceMovePayload;

@ObjectType({ description: 'The account after a top-up, or why nothing moved.' })
export class TopUpPayload extends BalanceMovePayload {}

@ObjectType({ description: 'The account after an adjustment, or why nothing moved.' })
export class AdjustBalancePayload extends BalanceMovePayload {}
