import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import { DecimalScalar } from '../../graphql/decimal.scalar.js';

export enum CrowdfundingStatus {
  OPEN = 'OPEN',
  FUNDED = 'FUNDED',
  IN_DEVELOPMENT = 'IN_DEVELOPMENT',
  RELEASED = 'RELEASED',
  CLOSED = 'CLOSED',
}

registerEnumType(CrowdfundingStatus, { name: 'CrowdfundingStatus' });

@ObjectType({ description: 'A prepared improvement funded by customers in norm-hours (3.1).' })
export class CrowdfundingProject {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => DecimalScalar, { description: 'Norm-hours needed, two decimals.' })
  goalHours!: string;

  @Field(() => DecimalScalar, { description: 'Norm-hours pledged so far, two decimals.' })
  pledgedHours!: string;

  @Field(() => CrowdfundingStatus)
  status!: CrowdfundingStatus;

  @Field(() => Boolean)
  sample!: boolean;
}
