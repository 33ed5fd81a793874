import { Field, ID, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Money } from '../../graphql/money.type.js';

@ObjectType({ description: 'A completed content request from the document, with its labour.' })
export class ExampleRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  section!: string;

  @Field(() => String)
  text!: string;

  @Field(() => DecimalScalar, { description: 'Hours of work, two decimals.' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'K of content work, as stored.' })
  coefficient!: string;

  @Field(() => Money, { description: 'Hours x K x the list rate.' })
  price!: Money;

  @Field(() => Boolean)
  sample!: boolean;
}
