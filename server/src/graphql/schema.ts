/**
 * Builds the GraphQL schema from the resolvers, each given its dependencies explicitly, so what a
 * resolver uses can be read off this file.
 */
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ResolverData } from 'type-graphql';

import { AuthResolver } from '../auth/auth.resolver.js';
import { AuthService } from '../auth/auth.service.js';
import { LedgerResolver } from '../billing/ledger.resolver.js';
import { LedgerService } from '../billing/ledger.service.js';
import { CatalogueResolver } from '../catalogue/catalogue.resolver.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { EstimateResolver } from '../estimate/estimate.resolver.js';
import { EstimateService } from '../estimate/estimate.service.js';
import { BusinessCalendarService } from '../sla/business-calendar.service.js';
import { SlaResolver } from '../sla/sla.resolver.js';
import { SlaService } from '../sla/sla.service.js';
import { SupportHoursService } from '../sla/support-hours.service.js';
import type { GraphQLContext } from './context.js';

/** `auth` is the one the HTTP layer resolves sessions with; the SDL emitter needs none. */
export async function buildApiSchema(auth = new AuthService()): Promise<GraphQLSchema> {
  const catalogue = new CatalogueService();
  const calendars = new BusinessCalendarService();
  const resolvers = new Map<unknown, unknown>([
    [CatalogueResolver, new CatalogueResolver(catalogue, new SupportHoursService(calendars))],
    [EstimateResolver, new EstimateResolver(new EstimateService(catalogue))],
    [SlaResolver, new SlaResolver(new SlaService(calendars))],
    [AuthResolver, new AuthResolver(auth)],
    [LedgerResolver, new LedgerResolver(new LedgerService())],
  ]);

  return buildSchema({
    resolvers: [CatalogueResolver, EstimateResolver, SlaResolver, AuthResolver, LedgerResolver],
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
