import { Field, Int, ObjectType } from 'type-graphql';

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
}
