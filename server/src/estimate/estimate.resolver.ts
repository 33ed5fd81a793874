import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../graphql/context.js';
import { EstimateInput } from './estimate.inputs.js';
import type { EstimateService } from './estimate.service.js';
import { Estimate } from './estimate.types.js';

/** The live estimate: the price of what a visitor plans, at the public list rate. */
@Resolver()
export class EstimateResolver {
  constructor(private readonly estimates: EstimateService) {}

  @Query(() => Estimate, { description: 'The price of a service, category or typical work.' })
  estimate(
    @Ctx() { em, locale }: GraphQLContext,
    @Arg('input', () => EstimateInput) input: EstimateInput,
  ): Promise<Estimate> {
    return this.estimates.estimate(em, input, locale);
  }
}
