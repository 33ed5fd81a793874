import { Field, ID, Int, ObjectType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({ description: 'A request category of the client portal (figure 1.2).' })
export class RequestCategory {
  @Field(() => ID, { description: 'A stable slug.' })
  id!: string;

  @Field(() => String, { description: 'The full text as in the portal, "*" marks included.' })
  path!: string;

  @Field(() => String, { description: 'The last part of the path.' })
  title!: string;

  @Field(() => [String], { description: 'The groups above the category, outermost first.' })
  groups!: string[];

  @Field(() => Boolean, { description: 'True when work in this category is charged.' })
  paid!: boolean;

  @Field(() => DecimalScalar, { description: 'K, as stored; 1 for free categories.' })
  coefficient!: string;

  @Field(() => Int, { description: 'The support line (1-3) that handles the category.' })
  supportLine!: number;
}
