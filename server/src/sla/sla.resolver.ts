import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { SlaService } from './sla.service.js';
import { SlaDeadline } from './sla.types.js';

/** Service-level deadlines for anyone: what a request filed now, or at any instant, is due. */
@Resolver()
export class SlaResolver {
  constructor(private readonly sla: SlaService) {}

  @Query(() => SlaDeadline, {
    description: 'The deadlines of a request filed on a support line (1-3) at an instant.',
  })
  slaDeadline(
    @Ctx() { em }: GraphQLContext,
    @Arg('line', () => Int) line: number,
    @Arg('submittedAt', () => DateTimeScalar) submittedAt: Date,
  ): Promise<SlaDeadline> {
    return this.sla.deadline(em, line, submittedAt);
  }
}
