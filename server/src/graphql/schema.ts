/**
 * Builds the GraphQL schema from the resolvers, each given its dependencies explicitly, so what a
 * resolver uses can be read off this file.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ResolverData } from 'type-graphql';

import { AuthResolver } from '../auth/auth.resolver.js';
import { AuthService } from '../auth/auth.service.js';
import { LedgerResolver } from '../billing/ledger.resolver.js';
import { LedgerService, type OnCredit } from '../billing/ledger.service.js';
import { CatalogueResolver } from '../catalogue/catalogue.resolver.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { CrowdfundingResolver } from '../crowdfunding/crowdfunding.resolver.js';
import { CrowdfundingService } from '../crowdfunding/crowdfunding.service.js';
import { CrowdfundingStore } from '../crowdfunding/crowdfunding.store.js';
import { EstimateResolver } from '../estimate/estimate.resolver.js';
import { EstimateService } from '../estimate/estimate.service.js';
import { BusinessCalendarLoader } from '../sla/business-calendar.loader.js';
import { BusinessCalendarResolver } from '../sla/business-calendar.resolver.js';
import { BusinessCalendarService } from '../sla/business-calendar.service.js';
import { RequestSlaResolver } from '../sla/request-sla.resolver.js';
import { RequestSlaService } from '../sla/request-sla.service.js';
import { RequestSlaStore } from '../sla/request-sla.store.js';
import { SlaResolver } from '../sla/sla.resolver.js';
import { SlaService } from '../sla/sla.service.js';
import { SupportHoursService } from '../sla/support-hours.service.js';
import { Decimal } from '../domain/decimal.js';
import { RequestFieldsResolver } from '../requests/request-fields.resolver.js';
import { RequestQueueService } from '../requests/request-queue.service.js';
import { RequestResolver } from '../requests/request.resolver.js';
import { RequestService } from '../requests/request.service.js';
import { RequestStore } from '../requests/request.store.js';
import { CustomerSteps } from '../requests/customer-steps.js';
import { RequestStepsResolver } from '../requests/request-steps.resolver.js';
import { StaffSteps } from '../requests/staff-steps.js';
import type { GraphQLContext } from './context.js';

/** What the schema's services need from the server's settings. */
export interface SchemaSettings {
  /** Norm-hours per business day the queue assumes until there is a history of charges. */
  teamThroughputPerDay: Decimal;
}

const DEFAULT_SETTINGS: SchemaSettings = { teamThroughputPerDay: new Decimal(8) };

/** `auth` is the one the HTTP layer resolves sessions with; the SDL emitter needs none. */
export async function buildApiSchema(
  auth = new AuthService(),
  settings = DEFAULT_SETTINGS,
): Promise<GraphQLSchema> {
  const catalogue = new CatalogueService();
  const calendars = new BusinessCalendarService();
  const store = new RequestStore();
  const requests = new RequestService(store);
  const queue = new RequestQueueService(store, calendars, settings.teamThroughputPerDay);
  // Hours coming onto an account, or back from a hold, resume requests waiting for them.
  const resume: OnCredit = (tx, account, actorId, now) =>
    requests.resumeSuspended(tx, account, actorId, now);
  const ledger = new LedgerService(resume);
  const levels = new RequestSlaService(calendars, new RequestSlaStore(), requests);
  const resolvers = new Map<unknown, unknown>([
    [CatalogueResolver, new CatalogueResolver(catalogue, new SupportHoursService(calendars))],
    [EstimateResolver, new EstimateResolver(new EstimateService(catalogue))],
    [SlaResolver, new SlaResolver(new SlaService(calendars))],
    [AuthResolver, new AuthResolver(auth)],
    [LedgerResolver, new LedgerResolver(ledger)],
    [RequestResolver, new RequestResolver(store, levels)],
    [
      RequestStepsResolver,
      new RequestStepsResolver(
        store,
        new CustomerSteps(requests, catalogue),
        new StaffSteps(requests),
      ),
    ],
    [RequestFieldsResolver, new RequestFieldsResolver(store, queue, catalogue)],
    [RequestSlaResolver, new RequestSlaResolver(levels, store)],
    [CrowdfundingResolver, crowdfundingResolver(resume)],
    [
      BusinessCalendarResolver,
      new BusinessCalendarResolver(calendars, new BusinessCalendarLoader()),
    ],
  ]);

  return buildSchema({
    resolvers: [
      CatalogueResolver,
      EstimateResolver,
      SlaResolver,
      AuthResolver,
      LedgerResolver,
      BusinessCalendarResolver,
      RequestResolver,
      RequestStepsResolver,
      RequestFieldsResolver,
      RequestSlaResolver,
      CrowdfundingResolver,
    ],
    container: {
      get: (someClass: unknown, _data: ResolverData<GraphQLContext>) => {
        const instance = resolvers.get(someClass);
        if (!instance) throw new Error(`no resolver instance for ${String(someClass)}`);
        return instance;
      },
    },
    validate: false,
    emitSchemaFile: false,
  });
}

function crowdfundingResolver(resume: OnCredit): CrowdfundingResolver {
  const store = new CrowdfundingStore();
  return new CrowdfundingResolver(store, new CrowdfundingService(store, resume));
}
