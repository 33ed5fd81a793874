import { Field, Int, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { Money } from '../graphql/money.type.js';

@ObjectType({ description: 'A maximum of the package that the plan goes past.' })
export class LimitViolation {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'The maximum of the package.' })
  limit!: number;

  @Field(() => Int)
  requested!: number;

  @Field(() => Int, { description: 'requested - limit.' })
  excess!: number;
}

@ObjectType({ description: 'A line of an estimate: hours x K x rate = amount.' })
export class EstimateLine {
  @Field(() => String)
  title!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hours; null on the rounding line.' })
  hours!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'K; null on the rounding line.' })
  coefficient!: string | null;

  @Field(() => Money, { description: 'The exact amount rounded to kopecks.' })
  amount!: Money;

  @Field(() => Boolean, { description: 'True for the line that reconciles rounding.' })
  rounding!: boolean;
}

@ObjectType({ description: 'The price of planned work.' })
export class Estimate {
  @Field(() => DecimalScalar, { description: 'Hours of work.' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'K, as stored.' })
  coefficient!: string;

  @Field(() => DecimalScalar, { description: 'Hours x K rounded to 0.01: off the balance.' })
  chargedHours!: string;

  @Field(() => Money)
  rate!: Money;

  @Field(() => Money, { description: 'chargedHours x rate, rounded half-up to kopecks.' })
  total!: Money;

  @Field(() => Boolean, {
    description: 'True for a free (warranty support) category: nothing is charged.',
  })
  free!: boolean;

  @Field(() => Boolean)
  withinLimits!: boolean;

  @Field(() => [LimitViolation], { description: 'Maxima the planned course goes past.' })
  violations!: LimitViolation[];

  @Field(() => String, { nullable: true, description: 'A service that holds the whole plan.' })
  suggestedServiceCode!: string | null;

  @Field(() => [EstimateLine])
  lines!: EstimateLine[];
}
