import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { DecimalScalar } from '../graphql/decimal.scalar.js';
import { UserError } from '../graphql/user-error.type.js';

export enum CrowdfundingStatus {
  OPEN = 'OPEN',
  FUNDED = 'FUNDED',
  IN_DEVELOPMENT = 'IN_DEVELOPMENT',
  RELEASED = 'RELEASED',
  CLOSED = 'CLOSED',
}

registerEnumType(CrowdfundingStatus, {
  name: 'CrowdfundingStatus',
  description: 'Where a crowdfunding project stands.',
  valuesConfig: {
    OPEN: { description: 'Taking pledges: each holds hours on its customer\u2019s balance.' },
    FUNDED: { description: 'The goal was reached: every pledge was charged.' },
    IN_DEVELOPMENT: { description: 'Being built.' },
    RELEASED: { description: 'Delivered in a release of 3KL.' },
    CLOSED: { description: 'Closed unfunded by a manager: every hold was released.' },
  },
});

@ObjectType({ description: 'A prepared improvement funded by customers in norm-hours (3.1).' })
export class CrowdfundingProject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => DecimalScalar, {
    description:
      'Norm-hours needed, two decimals. The pledge that reaches the goal is taken only up to ' +
      'it: nobody is held or charged beyond the goal, and the project is FUNDED then.',
  })
  goalHours!: string;

  @Field(() => DecimalScalar, {
    description:
      'Norm-hours pledged, two decimals: the catalogue\u2019s example figure (see `sample`) ' +
      'plus every customer\u2019s pledges held or charged. Who pledged is never shown.',
  })
  pledgedHours!: string;

  @Field(() => CrowdfundingStatus, {
    description: 'Set by the catalogue once; pledges and staff move it after that.',
  })
  status!: CrowdfundingStatus;

  @Field(() => Boolean, {
    description: 'True where the goal and the starting pledged figure are examples.',
  })
  sample!: boolean;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The viewer\u2019s customer\u2019s pledge: held while OPEN, charged once FUNDED, 0.00 ' +
      'when none; null for an anonymous caller and for staff.',
  })
  myPledge!: string | null;
}

@ObjectType({ description: 'A crowdfunding project after a move, or why nothing moved.' })
export class CrowdfundingProjectPayload {
  @Field(() => CrowdfundingProject, {
    nullable: true,
    description: 'The project as it is now; null on error.',
  })
  project!: CrowdfundingProject | null;

  @Field(() => [UserError], {
    description:
      'FORBIDDEN, NOT_FOUND, INVALID_STATE, INSUFFICIENT_BALANCE, IDEMPOTENCY_KEY_REUSED, ' +
      'BAD_USER_INPUT.',
  })
  errors!: UserError[];
}
