import { Field, ID, InputType } from 'type-graphql';

import type { Decimal } from '../domain/decimal.js';
import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { CrowdfundingStatus } from './crowdfunding.types.js';

const KEY = 'A retry with the same key returns the first result and moves nothing again.';

@InputType({ description: 'Norm-hours a customer pledges to an open project.' })
export class PledgeInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => DecimalScalar, {
    description:
      'More than 0, at most two decimals. Held on the available balance and added to the ' +
      'customer\u2019s pledge; when it crosses the goal only the hours still missing are taken.',
  })
  hours!: Decimal;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'A project the customer takes its whole pledge back from.' })
export class WithdrawPledgeInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'An open project a manager closes unfunded.' })
export class CloseCrowdfundingProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { description: KEY })
  idempotencyKey!: string;
}

@InputType({ description: 'The next status of a funded project.' })
export class SetCrowdfundingProjectStatusInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => CrowdfundingStatus, {
    description: 'IN_DEVELOPMENT after FUNDED, RELEASED after IN_DEVELOPMENT.',
  })
  status!: CrowdfundingStatus;
}
