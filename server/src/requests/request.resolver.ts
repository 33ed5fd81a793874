import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Customer } from '../auth/auth.types.js';
import { isStaff } from '../domain/access.js';
import type { RequestStatus } from '../domain/request-lifecycle.js';
import { badInput, RuleViolation } from '../domain/rule-violation.js';
import type { GraphQLContext } from '../graphql/context.js';
import { isUuid } from '../billing/ledger.service.js';
import { cursorOf, isCursorOf, MAX_PAGE, pageSize, valueOfCursor } from '../graphql/connection.js';
import { PageInfo } from '../graphql/page-info.type.js';
import type { RequestSlaService } from '../sla/request-sla.service.js';
import { RequestOrder } from '../sla/request-sla.types.js';
import type { Actor } from './request-access.js';
import { actorOf } from './step-payload.js';
import { requestOf } from './request.mapper.js';
import type { RequestFilter, RequestRow, RequestStore } from './request.store.js';
import { Request, RequestConnection, RequestEdge, RequestStatusEnum } from './request.types.js';

/** The kinds its cursors name: newest first by number, or by deadline at a position. */
const REQUEST = 'request';
const DEADLINE = 'deadline';
/** Whatever a position beyond this is, it is not one this API handed out. */
const POSITION_DIGITS = 9;

/** Reading requests: the viewer's own, one by id, and staff's lists and queue. */
@Resolver(() => Customer)
export class RequestResolver {
  constructor(
    private readonly store: RequestStore,
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
    if (after && isCursorOf(DEADLINE, after)) throw otherOrder('DEADLINE');
    return this.page(em, filter, first, after);
  }

  @Query(() => [Request], {
    description: 'The queue in order: first in, first out by approval time. Staff only.',
  })
  async requestQueue(@Ctx() { em, viewer }: GraphQLContext): Promise<Request[]> {
    requireStaff(actorOf(viewer));
    return (await this.store.queue(em)).map(requestOf);
  }

  private async page(
    em: GraphQLContext['em'],
    filter: RequestFilter,
    first: number | null,
    after: string | null,
  ): Promise<RequestConnection> {
    const size = pageSize(first);
    const beforeNumber = after ? valueOfCursor(REQUEST, after) : null;
    const rows = await this.store.requests(em, anyStatus(filter), size + 1, beforeNumber);
    const edges = rows.slice(0, size).map((row) => edgeOf(cursorOf(REQUEST, row.number), row));
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
    if (after && !isCursorOf(DEADLINE, after)) throw otherOrder('NEWEST');
    const start = after ? Number(valueOfCursor(DEADLINE, after, POSITION_DIGITS)) : 0;
    const rows = await this.store.matching(em, anyStatus(filter));
    const ordered = await this.deadlines.byDeadline(em, rows);
    const edges = ordered
      .slice(start, start + size)
      .map((row, index) => edgeOf(cursorOf(DEADLINE, start + index + 1), row));
    return connectionOf(edges, ordered.length > start + size);
  }
}

function requireStaff(actor: Actor): void {
  if (!isStaff(actor.role)) {
    throw new RuleViolation('FORBIDDEN', null, 'Only staff see every customer\u2019s requests.');
  }
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
