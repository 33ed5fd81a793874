import { Field, ID, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({ description: 'A typical content (4) or configuration (5) work.' })
export class TypicalWork {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '"4" content, "5" configuration.' })
  section!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The scope one unit of the work covers.' })
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Hours of work for one unit, two decimals.' })
  hours!: string;

  @Field(() => DecimalScalar, { description: 'K, as stored.' })
  coefficient!: string;

  @Field(() => Boolean)
  sample!: boolean;
}
