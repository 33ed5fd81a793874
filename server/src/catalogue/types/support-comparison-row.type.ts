import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A situation of 2.9.1: what basic and what extended support does.' })
export class SupportComparisonRow {
  @Field(() => Int)
  position!: number;

  @Field(() => String)
  situation!: string;

  @Field(() => String)
  basic!: string;

  @Field(() => String)
  extended!: string;
}
