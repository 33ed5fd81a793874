import { Field, ObjectType } from 'type-graphql';

import { formatAmount } from '../domain/decimal.js';
import type { Money as DomainMoney } from '../domain/money.js';
import { DecimalScalar } from './decimal.scalar.js';

@ObjectType({ description: 'An amount of money, exact to the kopeck.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount with two decimals, as "1250.00".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code; always "RUB".' })
  currency!: string;

  static from(money: DomainMoney): Money {
    return Object.assign(new Money(), {
      amount: formatAmount(money.amount),
      currency: money.currency,
    });
  }
}
