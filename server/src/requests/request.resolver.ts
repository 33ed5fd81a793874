import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Customer } from '../auth/auth.types.js';
import { isStaff, type Role } from '../domain/access.js';
import type { RequestStatus } from '../domain/request-lifecycle.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import type { GraphQLContext } from '../graphql/context.js';
import { UserError } from '../graphql/user-error.type.js';
import { isUuid } from '../billing/ledger.service.js';
import { DEFAULT_PAGE, MAX_PAGE, PageInfo } from '../billing/ledger.types.js';
import { deadlineCursorOf, isDeadlineCursor, positionOf } from '../sla/request-sla.order.js';
import type { RequestSlaService } from '../sla/request-sla.service.js';
import { RequestOrder } from '../sla/request-sla.types.js';
import type { Actor } from './request-access.js';
import {
  CreateRequestInput,
  LogTimeInput,
  RequestStepInput,
  SendEstimateInput,
  StageStepInput,
  UpdateRequestInput,
} from './request.inputs.js';
import { requestOf } from './request.mapper.js';
import type { TransitionResult } from './request.service.js';
import type { RequestFilter, RequestRow, RequestStore } from './request.store.js';
import type { RequestTransitions } from './request.transitions.js';
import {
  Request,
  RequestConnection,
  RequestEdge,
  RequestPayload,
  RequestStatusEnum,
} from './request.types.js';

const MAX_KEY_LENGTH = 200;

/** Requests: the viewer's own, staff's lists and queue, and every step of a request's life. */
@Resolver(() => Customer)
export class RequestResolver {
  constructor(
    private readonly store: RequestStore,
    private readonly transitions: RequestTransitions,
    private readonly deadlines: RequestSlaService,
  ) {}

  @FieldResolver(() => RequestConnection, {
    description: 'The customer\u2019s requests, newest first.',
  })
  async requests(
    @Root() customer: Customer,
    @Ctx() { em }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: `At most ${MAX_PAGE}.` })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('statuses', () => [RequestStatusEnum], { nullable: true })
    statuses: RequestStatus[] | null,
  ): Promise<RequestConnection> {
    return this.page(em, { customerId: customer.id, statuses }, first, after);
  }

  @Query(() => Request, {
    nullable: true,
    description: 'A request: its customer\u2019s representatives and staff see it; null otherwise.',
  })
  async request(
    @Ctx() { em, viewer }: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Request | null> {
    const actor = actorOf(viewer);
    // The same check as every mutation's: a string PostgreSQL refuses as a uuid is no request.
    const row = isUuid(id) ? await this.store.request(em, id) : null;
    if (!row) return null;
    if (actor.role === 'CUSTOMER' && row.customerId !== actor.customerId) return null;
    return requestOf(row);
  }

  @Query(() => RequestConnection, { description: 'Every customer\u2019s requests: staff only.' })
  async allRequests(
    @Ctx() { em, viewer }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: `At most ${MAX_PAGE}.` })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'An `endCursor` of the same order; a cursor of the other order is refused.',
    })
    after: string | null,
    @Arg('statuses', () => [RequestStatusEnum], { nullable: true })
    statuses: RequestStatus[] | null,
    @Arg('orderBy', () => RequestOrder, {
      nullable: true,
      defaultValue: RequestOrder.NEWEST,
      description:
        'NEWEST: newest first. DEADLINE: by `sla.due` over every request the statuses match, ' +
        'computed when the page is read, so a page boundary may shift as deadlines pass or ' +
        'requests move: a request may show twice or be missed across pages.',
    })
    orderBy: RequestOrder | null,
  ): Promise<RequestConnection> {
    requireStaff(actorOf(viewer));
    const filter = { customerId: null, statuses };
    if (orderBy === RequestOrder.DEADLINE) return this.pageByDeadline(em, filter, first, after);
    if (after && isDeadlineCursor(after)) throw otherOrder('DEADLINE');
    return this.page(em, filter, first, after);
  }

  @Query(() => [Request], {
    description: 'The queue in order: first in, first out by approval time. Staff only.',
  })
  async requestQueue(@Ctx() { em, viewer }: GraphQLContext): Promise<Request[]> {
    requireStaff(actorOf(viewer));
    return (await this.store.queue(em)).map(requestOf);
  }

  @Mutation(() => RequestPayload, { description: 'A customer orders: a new request, NEW.' })
  createRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateRequestInput) input: CreateRequestInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.create(
        ctx.em,
        actor,
        {
          title: input.title ?? null,
          description: input.description,
          categoryId: input.categoryId,
          serviceCode: input.serviceCode ?? null,
          typicalWorkId: input.typicalWorkId ?? null,
        },
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer edits a request not estimated.' })
  updateRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateRequestInput) input: UpdateRequestInput,
  ) {
    return this.step(ctx, null, (actor) =>
      // Left out arrives as undefined, an explicit null as null: C8 tells them apart.
      this.transitions.update(ctx.em, actor, input.requestId, {
        title: input.title,
        description: input.description,
      }),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff log time: study, or the stage in work.' })
  logTime(@Ctx() ctx: GraphQLContext, @Arg('input', () => LogTimeInput) input: LogTimeInput) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.logTime(
        ctx.em,
        actor,
        input.requestId,
        input.minutes,
        input.note?.trim() || null,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'Staff send the estimate; minutes studied so far are charged now.',
  })
  sendEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SendEstimateInput) input: SendEstimateInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.sendEstimate(
        ctx.em,
        actor,
        input.requestId,
        input.stages.map((stage) => ({ title: stage.title, hours: stage.hours })),
        input.comment?.trim() || null,
        input.idempotencyKey,
        input.resolutionBusinessDays ?? null,
      ),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer approves: the request is QUEUED.' })
  approveEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.approveEstimate(ctx.em, actor, input.requestId, input.idempotencyKey),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer refuses the estimate.' })
  declineEstimate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.declineEstimate(
        ctx.em,
        actor,
        input.requestId,
        input.comment?.trim() || null,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'Staff start the next stage, holding its estimate x K; without cover: SUSPENDED.',
  })
  startStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.startStage(ctx.em, actor, input.requestId, input.idempotencyKey),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff deliver the stage in work.' })
  deliverStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.deliverStage(
        ctx.em,
        actor,
        input.requestId,
        input.comment?.trim() || null,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer accepts a delivered stage: its time x K is charged, once.',
  })
  acceptStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.acceptStage(
        ctx.em,
        actor,
        input.requestId,
        input.stageIndex,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, { description: 'The customer returns a stage with a comment.' })
  returnStage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.returnStage(
        ctx.em,
        actor,
        input.requestId,
        input.stageIndex,
        input.comment ?? '',
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer approves the time logged beyond a delivered stage\u2019s estimate.',
  })
  approveOverrun(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StageStepInput) input: StageStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.approveOverrun(
        ctx.em,
        actor,
        input.requestId,
        input.stageIndex,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, {
    description: 'The customer withdraws a request not started, or the rest of a staged one.',
  })
  withdrawRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.withdrawRequest(
        ctx.em,
        actor,
        input.requestId,
        input.comment?.trim() || null,
        input.idempotencyKey,
      ),
    );
  }

  @Mutation(() => RequestPayload, { description: 'Staff reject a request, saying why.' })
  rejectRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestStepInput) input: RequestStepInput,
  ) {
    return this.step(ctx, input.idempotencyKey, (actor) =>
      this.transitions.rejectRequest(
        ctx.em,
        actor,
        input.requestId,
        input.comment ?? '',
        input.idempotencyKey,
      ),
    );
  }

  /** Runs a step for the viewer and answers its payload: the request, or the errors. */
  private async step(
    { em, viewer }: GraphQLContext,
    idempotencyKey: string | null,
    run: (actor: Actor) => Promise<TransitionResult>,
  ): Promise<RequestPayload> {
    const actor = actorOf(viewer);
    try {
      if (idempotencyKey !== null) checkKey(idempotencyKey);
      const result = await run(actor);
      const row = await this.store.request(em, result.requestId);
      const errors = result.refusal
        ? [UserError.of(result.refusal.code, result.refusal.field, result.refusal.message)]
        : [];
      return Object.assign(new RequestPayload(), { request: row && requestOf(row), errors });
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
      return Object.assign(new RequestPayload(), {
        request: null,
        errors: [UserError.of(error.code, error.field, error.message)],
      });
    }
  }

  private async page(
    em: GraphQLContext['em'],
    filter: RequestFilter,
    first: number | null,
    after: string | null,
  ): Promise<RequestConnection> {
    const size = pageSize(first);
    const beforeNumber = after === null || after === undefined ? null : numberOf(after);
    const rows = await this.store.requests(em, anyStatus(filter), size + 1, beforeNumber);
    const edges = rows.slice(0, size).map((row) => edgeOf(cursorOf(row.number), row));
    return connectionOf(edges, rows.length > size);
  }

  /** Every matching request sorted by its deadline now, then the page sliced out of them. */
  private async pageByDeadline(
    em: GraphQLContext['em'],
    filter: RequestFilter,
    first: number | null,
    after: string | null,
  ): Promise<RequestConnection> {
    const size = pageSize(first);
    if (after && !isDeadlineCursor(after)) throw otherOrder('NEWEST');
    const start = after === null || after === undefined ? 0 : positionOf(after);
    const rows = await this.store.matching(em, anyStatus(filter));
    const ordered = await this.deadlines.byDeadline(em, rows);
    const edges = ordered
      .slice(start, start + size)
      .map((row, index) => edgeOf(deadlineCursorOf(start + index + 1), row));
    return connectionOf(edges, ordered.length > start + size);
  }
}

export function actorOf(viewer: GraphQLContext['viewer']): Actor {
  if (!viewer) throw new RuleViolation('UNAUTHENTICATED', null, 'Log in first.');
  return {
    userId: viewer.user.id,
    role: viewer.user.role as Role,
    customerId: viewer.user.customer?.id ?? null,
  };
}

function requireStaff(actor: Actor): void {
  if (!isStaff(actor.role)) {
    throw new RuleViolation('FORBIDDEN', null, 'Only staff see every customer\u2019s requests.');
  }
}

export function checkKey(key: string): void {
  if (key.trim().length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badInput('idempotencyKey', `A key of 1 to ${MAX_KEY_LENGTH} characters is needed.`);
  }
}

function pageSize(first: number | null): number {
  const size = first ?? DEFAULT_PAGE;
  if (size < 0 || size > MAX_PAGE) {
    throw badInput('first', `first is between 0 and ${MAX_PAGE}, not ${size}`);
  }
  return size;
}

/** No status chosen is every status. */
function anyStatus(filter: RequestFilter): RequestFilter {
  return filter.statuses?.length === 0 ? { ...filter, statuses: null } : filter;
}

function otherOrder(order: keyof typeof RequestOrder) {
  return badInput('after', `after is a cursor of the ${order} order: start again without it`);
}

function edgeOf(cursor: string, row: RequestRow): RequestEdge {
  return Object.assign(new RequestEdge(), { cursor, node: requestOf(row) });
}

function connectionOf(edges: RequestEdge[], hasNextPage: boolean): RequestConnection {
  return Object.assign(new RequestConnection(), {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}

function cursorOf(number: string): string {
  return Buffer.from(`request:${number}`).toString('base64url');
}

function numberOf(cursor: string): string {
  const match = /^request:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'after is not a cursor of this connection');
  return match[1]!;
}
