import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Money } from '../../graphql/money.type.js';

export enum PriceExampleKind {
  INTEGRATION = 'INTEGRATION',
  MODIFICATION = 'MODIFICATION',
  NEW_MODULE = 'NEW_MODULE',
}

registerEnumType(PriceExampleKind, {
  name: 'PriceExampleKind',
  description: 'Integration (3.2), modification (3.3) or a new module (3.4).',
});

@ObjectType({ description: 'An example of development work with its price.' })
export class PriceExample {
  @Field(() => ID)
  id!: string;

  @Field(() => PriceExampleKind)
  kind!: PriceExampleKind;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean, { description: 'True for a typical piece of work.' })
  typical!: boolean;

  @Field(() => DecimalScalar, { description: 'Norm-hours of work, two decimals.' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'K, as stored.' })
  coefficient!: string;

  @Field(() => Money, { description: 'Hours x K x the list rate.' })
  price!: Money;

  @Field(() => Boolean)
  sample!: boolean;
}
