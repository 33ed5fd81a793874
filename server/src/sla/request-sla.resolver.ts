import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { GraphQLContext } from '../graphql/context.js';
import { stepPayload } from '../requests/step-payload.js';
import type { RequestStore } from '../requests/request.store.js';
import { Request, RequestPayload } from '../requests/request.types.js';
import { ChangeSupportLineInput } from './request-sla.inputs.js';
import type { RequestSlaService } from './request-sla.service.js';
import { RequestSla } from './request-sla.types.js';

/** A request's deadlines, and a manager moving it to another support line. */
@Resolver(() => Request)
export class RequestSlaResolver {
  constructor(
    private readonly levels: RequestSlaService,
    private readonly store: RequestStore,
  ) {}

  @FieldResolver(() => RequestSla, {
    description: 'Its deadlines, the time paused and where it stands: the badge and the desk.',
  })
  sla(@Root() request: Request, @Ctx() { em }: GraphQLContext): Promise<RequestSla> {
    return this.levels.standing(em, request.row);
  }

  @Mutation(() => RequestPayload, {
    description:
      'A manager moves a request to another support line, saying why: the deadlines follow ' +
      'the new line from the same submission, the paused time stays.',
  })
  async changeSupportLine(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ChangeSupportLineInput) input: ChangeSupportLineInput,
  ): Promise<RequestPayload> {
    const idempotencyKey = input.idempotencyKey ?? null;
    const change = {
      requestId: input.requestId,
      line: input.line,
      comment: input.comment,
      resolutionBusinessDays: input.resolutionBusinessDays ?? null,
      idempotencyKey,
    };
    return stepPayload(ctx, this.store, idempotencyKey, (actor) =>
      this.levels.changeLine(ctx.em, actor, change),
    );
  }
}
