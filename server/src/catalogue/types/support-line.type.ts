import { Field, Int, ObjectType } from 'type-graphql';

import { DateTimeScalar } from '../../graphql/date-time.scalar.js';

@ObjectType({ description: 'A line of technical support with its hours (figure 1.1).' })
export class SupportLine {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'When the line works, Moscow time.' })
  schedule!: string;

  @Field(() => String, { description: 'How soon a request is processed.' })
  responseTime!: string;

  @Field(() => Boolean, { description: 'True when the line works on business days only.' })
  weekdaysOnly!: boolean;

  @Field(() => String, { description: 'Opening time, Moscow, "HH:MM".' })
  opensAt!: string;

  @Field(() => String, { description: 'Closing time, Moscow, "HH:MM".' })
  closesAt!: string;

  @Field(() => Boolean, {
    description:
      'True while the line works: line 1 every day, holidays included; lines 2-3 on ' +
      'business days of the Moscow calendar, closing an hour early on a shortened day.',
  })
  openNow!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the line opens next; null while it is open.',
  })
  opensNext!: Date | null;
}
