import { Field, ID, InputType, Int } from 'type-graphql';

import type { Decimal } from '../domain/decimal.js';
import { DecimalScalar } from '../graphql/decimal.scalar.js';

const KEY = 'A retry with the same key returns the first result and changes nothing again.';

@InputType({ description: 'A new request: a category, and a service or typical work if chosen.' })
export class CreateRequestInput {
  @Field(() => ID, { description: 'The request category: it decides K and the support line.' })
  categoryId!: string;

  @Field(() => String, { nullable: true, description: 'A catalogue service, e.g. "2.4".' })
  serviceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'A typical work of section 4 or 5.' })
  typicalWorkId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Up to 200 characters; the service\u2019s or typical work\u2019s title if left out.',
  })
  title?: string | null;

  @Field(() => String, {
    defaultValue: '',
    description: 'What is needed, in the customer\u2019s words.',
  })
  description!: string;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({
  description:
    'Changes a request not yet estimated. A field left out stays as it is; an explicit null ' +
    'for a field that must have a value is refused.',
})
export class UpdateRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'A stage of an estimate.' })
export class EstimateStageInput {
  @Field(() => String)
  title!: string;

  @Field(() => DecimalScalar, { description: 'Hours of work, more than 0, two decimals at most.' })
  hours!: Decimal;
}

@InputType({ description: 'Staff\u2019s estimate of a request: its stages in order.' })
export class SendEstimateInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => [EstimateStageInput])
  stages!: EstimateStageInput[];

  @Field(() => String, { nullable: true, description: 'A note to the customer.' })
  comment?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Line 3 only: full business days to resolve the request, counted from its submission ' +
      'and moved by pauses like every deadline. Left out, the days set before stay.',
  })
  resolutionBusinessDays?: number | null;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'A step on a whole request, with an optional comment.' })
export class RequestStepInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Why: required to reject.' })
  comment?: string | null;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'A step on one stage of a request.' })
export class StageStepInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: 'The stage, from 1.' })
  stageIndex!: number;

  @Field(() => String, { nullable: true, description: 'Required to return a stage.' })
  comment?: string | null;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'Time a specialist spent, in whole minutes.' })
export class LogTimeInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: 'Whole minutes, 1 to 1440.' })
  minutes!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}
