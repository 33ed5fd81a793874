import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { CatalogueMapper } from '../catalogue/catalogue.mapper.js';
import type { CatalogueService } from '../catalogue/catalogue.service.js';
import { RequestCategory } from '../catalogue/types/request-category.type.js';
import { Service } from '../catalogue/types/service.type.js';
import { TypicalWork } from '../catalogue/types/typical-work.type.js';
import { allowedFrom, overrunMinutes, type RequestAction } from '../domain/request-lifecycle.js';
import type { GraphQLContext } from '../graphql/context.js';
import { DateTimeScalar } from '../graphql/date-time.scalar.js';
import { actionsFor } from './request-access.js';
import type { QueuePlace, RequestQueueService } from './request-queue.service.js';
import { eventOf, stageOf, timeEntryOf, totalsOf } from './request.mapper.js';
import { termsOf } from './request.service.js';
import type { RequestStore, StageRow } from './request.store.js';
import {
  Request,
  RequestActionEnum,
  RequestEvent,
  RequestStage,
  RequestTotals,
  TimeEntry,
} from './request.types.js';

/** A request keeps showing what it was made for, even once the catalogue retired it. */
const OF_RECORD = { includeRetired: true };

/**
 * A request's stages, read once for all its fields (stages, totals, actions). Keyed by the API
 * object, which every answer builds anew, so a step's payload never sees stages read before it.
 */
const stagesPerRequest = new WeakMap<Request, Promise<StageRow[]>>();

/** Places in the queue, computed once per GraphQL request however many requests ask. */
const placesPerRequest = new WeakMap<GraphQLContext, Promise<Map<string, QueuePlace>>>();

/** The parts of a request read on demand: stages, history, the queue, the viewer's steps. */
@Resolver(() => Request)
export class RequestFieldsResolver {
  constructor(
    private readonly store: RequestStore,
    private readonly queue: RequestQueueService,
    private readonly catalogue: CatalogueService,
  ) {}

  @FieldResolver(() => [RequestStage], { description: 'The estimate\u2019s stages, in order.' })
  async stages(@Root() request: Request, @Ctx() { em }: GraphQLContext): Promise<RequestStage[]> {
    return (await this.stagesOf(request, em)).map((s) => stageOf(request.row, s));
  }

  @FieldResolver(() => RequestTotals, { description: 'Estimate, time logged, held and charged.' })
  async totals(@Root() request: Request, @Ctx() { em }: GraphQLContext): Promise<RequestTotals> {
    const [stages, entries, charges] = await Promise.all([
      this.stagesOf(request, em),
      this.store.timeEntries(em, request.id),
      this.store.chargesFor(em, request.id),
    ]);
    const minutes = entries.reduce((sum, entry) => sum + entry.minutes, 0);
    return totalsOf(request.row, stages, minutes, charges);
  }

  @FieldResolver(() => [RequestEvent], { description: 'Every step taken, oldest first.' })
  async history(@Root() request: Request, @Ctx() { em }: GraphQLContext): Promise<RequestEvent[]> {
    return (await this.store.events(em, request.id)).map(eventOf);
  }

  @FieldResolver(() => [TimeEntry], { description: 'Time logged on the request, in order.' })
  async timeEntries(@Root() request: Request, @Ctx() { em }: GraphQLContext): Promise<TimeEntry[]> {
    return (await this.store.timeEntries(em, request.id)).map(timeEntryOf);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Place in the queue, from 1, while QUEUED: first in, first out by approval.',
  })
  async queuePosition(@Root() request: Request, @Ctx() ctx: GraphQLContext) {
    return (await this.placeOf(request, ctx))?.position ?? null;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'While QUEUED: when work is expected to start, from the norm-hours ahead and the ' +
      'team\u2019s throughput over the last 20 business days; null when more than 500 ' +
      'business days off.',
  })
  async expectedStart(@Root() request: Request, @Ctx() ctx: GraphQLContext) {
    return (await this.placeOf(request, ctx))?.expectedStart ?? null;
  }

  @FieldResolver(() => [RequestActionEnum], {
    description: 'The steps the viewer may take now: the buttons to show, and no others.',
  })
  async actions(
    @Root() request: Request,
    @Ctx() { em, viewer }: GraphQLContext,
  ): Promise<RequestAction[]> {
    if (!viewer) return [];
    const stages = await this.stagesOf(request, em);
    const actor = {
      userId: viewer.user.id,
      role: viewer.user.role,
      customerId: viewer.user.customer?.id ?? null,
    };
    return actionsFor(actor, (action) => possible(action, request, stages));
  }

  @FieldResolver(() => RequestCategory)
  async category(@Root() request: Request, @Ctx() { em, locale }: GraphQLContext) {
    const row = await this.catalogue.requestCategory(em, request.row.categoryId, OF_RECORD);
    if (!row) throw new Error(`request ${request.id} has an unknown category`);
    return new CatalogueMapper(locale).requestCategory(row);
  }

  @FieldResolver(() => Service, { nullable: true })
  async service(@Root() request: Request, @Ctx() { em, locale }: GraphQLContext) {
    if (!request.row.serviceCode) return null;
    const [row, lookups] = await Promise.all([
      this.catalogue.service(em, request.row.serviceCode, OF_RECORD),
      this.catalogue.serviceLookups(em),
    ]);
    return row && new CatalogueMapper(locale).service(row, lookups);
  }

  @FieldResolver(() => TypicalWork, { nullable: true })
  async typicalWork(@Root() request: Request, @Ctx() { em, locale }: GraphQLContext) {
    if (!request.row.typicalWorkId) return null;
    const row = await this.catalogue.typicalWork(em, request.row.typicalWorkId, OF_RECORD);
    return row && new CatalogueMapper(locale).typicalWork(row);
  }

  private stagesOf(request: Request, em: GraphQLContext['em']): Promise<StageRow[]> {
    let stages = stagesPerRequest.get(request);
    if (!stages) {
      stages = this.store.stages(em, request.id);
      stagesPerRequest.set(request, stages);
    }
    return stages;
  }

  private async placeOf(request: Request, ctx: GraphQLContext): Promise<QueuePlace | null> {
    if (request.status !== 'QUEUED') return null;
    let places = placesPerRequest.get(ctx);
    if (!places) {
      places = this.queue.places(ctx.em);
      placesPerRequest.set(ctx, places);
    }
    return (await places).get(request.id) ?? null;
  }
}

/** Whether a step makes sense now, beyond its status: what the page's buttons follow. */
function possible(action: RequestAction, request: Request, stages: readonly StageRow[]): boolean {
  if (!allowedFrom(action).includes(request.status)) return false;
  const inWork = stages.find((s) => s.status === 'IN_PROGRESS');
  const delivered = stages.find((s) => s.status === 'DELIVERED');
  const over = delivered ? overrunMinutes(termsOf(request.row, delivered), delivered.minutes) : 0;
  const approved = (delivered?.overrunApprovedMinutes ?? -1) >= (delivered?.minutes ?? 0);

  switch (action) {
    case 'approveOverrun':
      return request.paid && over > 0 && !approved;
    case 'acceptStage':
      return !request.paid || over === 0 || approved;
    case 'withdrawRequest':
      return !inWork || inWork.minutes === 0;
    case 'deliverStage':
      return !!inWork && (inWork.minutes > 0 || request.row.fixedHours !== null);
    default:
      return true;
  }
}
