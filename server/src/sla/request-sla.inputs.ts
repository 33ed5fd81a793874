import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'A manager moves a request to another support line: its deadlines are counted again for ' +
    'the new line from the same submission, and the time it waited on the customer stays paused.',
})
export class ChangeSupportLineInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: 'The new line, 1-3.' })
  line!: number;

  @Field(() => String, { description: 'Why, for the request\u2019s history.' })
  comment!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Moving to line 3: full business days to resolve, as the estimate would set them; left ' +
      'out, the days set earlier stay (none: no resolution deadline yet).',
  })
  resolutionBusinessDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the first result and changes nothing again.',
  })
  idempotencyKey?: string | null;
}
