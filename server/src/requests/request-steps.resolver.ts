import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../graphql/context.js';
import type { CustomerSteps } from './customer-steps.js';
import type { RequestStep, StageStep } from './request-steps.js';
import {
  CreateRequestInput,
  LogTimeInput,
  RequestStepInput,
  SendEstimateInput,
  StageStepInput,
  UpdateRequestInput,
} from './request.inputs.js';
import type { RequestStore } from './request.store.js';
import { RequestPayload } from './request.types.js';
import type { StaffSteps } from './staff-steps.js';
import { stepPayload } from './step-payload.js';

/** Every step of a request's life as a mutation: thin adapters over the customer's and staff's. */
@Resolver()
export class RequestStepsResolver {
  constructor(
    private readonly store: RequestStore,
    private readonly customer: CustomerSteps,
    private readonly staff: StaffSteps,
  ) {}

  @Mutation(() => RequestPayload, { description: 'A customer orders: a new request, NEW.' })
  createRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateRequestInput) input: CreateRequestInput,
  ) {
    const order = {
      title: input.title ?? null,
      description: input.description,
      categoryId: input.categoryId,
      serviceCode: input.serviceCode ?? null,
      typicalWorkId: input.typicalWorkId ?? null,
    };
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.create(ctx.em, actor, order, input.idempotencyKey),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer edits a request not estimated.' })
  updateRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateRequestInput) input: UpdateRequestInput,
  ) {
    // Left out arrives as undefined, an explicit null as null: C8 tells them apart.
    const change = { title: input.title, description: input.description };
    return stepPayload(ctx, this.store, null, (actor) =>
      this.customer.update(ctx.em, actor, input.requestId, change),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff log time: study, or the stage in work.' })
  logTime(@Ctx() ctx: GraphQLContext, @Arg('input', () => LogTimeInput) input: LogTimeInput) {
    const entry = { ...input, note: input.note?.trim() || null };
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.staff.logTime(ctx.em, actor, entry),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'Staff send the estimate; minutes studied so far are charged now.',
  })
  sendEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SendEstimateInput) input: SendEstimateInput,
  ) {
    const estimate = {
      ...stepOf(input),
      stages: input.stages.map((stage) => ({ title: stage.title, hours: stage.hours })),
      resolutionBusinessDays: input.resolutionBusinessDays ?? null,
    };
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.staff.sendEstimate(ctx.em, actor, estimate),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer approves: the request is QUEUED.' })
  approveEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.approveEstimate(ctx.em, actor, stepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer refuses the estimate.' })
  declineEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.declineEstimate(ctx.em, actor, stepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'Staff start the next stage, holding its estimate x K; without cover: SUSPENDED.',
  })
  startStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.staff.startStage(ctx.em, actor, stepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff deliver the stage in work.' })
  deliverStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.staff.deliverStage(ctx.em, actor, stepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer accepts a delivered stage: its time x K is charged, once.',
  })
  acceptStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.acceptStage(ctx.em, actor, stageStepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer returns a stage with a comment.' })
  returnStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.returnStage(ctx.em, actor, stageStepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer approves the time logged beyond a delivered stage\u2019s estimate.',
  })
  approveOverrun(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.approveOverrun(ctx.em, actor, stageStepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer withdraws a request not started, or the rest of a staged one.',
  })
  withdrawRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.customer.withdrawRequest(ctx.em, actor, stepOf(input)),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff reject a request, saying why.' })
  rejectRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return stepPayload(ctx, this.store, input.idempotencyKey, (actor) =>
      this.staff.rejectRequest(ctx.em, actor, stepOf(input)),
    );
  }
}

/** A comment of only spaces is no comment. */
function stepOf(input: RequestStepInput | SendEstimateInput): RequestStep {
  return {
    requestId: input.requestId,
    comment: input.comment?.trim() || null,
    idempotencyKey: input.idempotencyKey,
  };
}

function stageStepOf(input: StageStepInput): StageStep {
  return { ...stepOf(input), stageIndex: input.stageIndex };
}
