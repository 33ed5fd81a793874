/**
 * Reads the catalogue from the database in the document's order. Small tables are read whole,
 * so a list of services costs three queries however long it is.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { CURRENCY } from '../domain/money.js';
import type { ServiceLookups } from './catalogue.mapper.js';
import * as E from './entities/index.js';
import type { PriceExampleKind } from './entities/price-example.entity.js';

const BY_POSITION = { orderBy: { position: 'asc' } } as const;

/** Rows the content dropped but something references stay, retired: lists no longer offer them. */
const OFFERED = { retiredAt: null } as const;

/** A lookup by key finds a retired row only when asked: a request still shows its category. */
export interface Lookup {
  includeRetired?: boolean;
}

function offeredUnless({ includeRetired = false }: Lookup) {
  return includeRetired ? {} : OFFERED;
}

export class CatalogueService {
  sections(em: EntityManager) {
    return em.find(E.SectionEntity, {}, BY_POSITION);
  }

  services(em: EntityManager, section?: string | null) {
    return em.find(E.ServiceEntity, { ...OFFERED, ...(section ? { section } : {}) }, BY_POSITION);
  }

  service(em: EntityManager, code: string, lookup: Lookup = {}) {
    return em.findOne(E.ServiceEntity, { code, ...offeredUnless(lookup) });
  }

  async serviceLookups(em: EntityManager): Promise<ServiceLookups> {
    const [specialists, titles] = await Promise.all([
      em.find(E.SpecialistEntity, {}),
      em.find(E.CourseLimitTitleEntity, {}),
    ]);
    return {
      specialists: new Map(specialists.map((s) => [s.kind, s])),
      limitTitles: new Map(titles.map((t) => [t.key, t.title])),
    };
  }

  supportComparison(em: EntityManager) {
    return em.find(E.SupportComparisonRowEntity, {}, BY_POSITION);
  }

  requestCategories(em: EntityManager) {
    return em.find(E.RequestCategoryEntity, OFFERED, BY_POSITION);
  }

  requestCategory(em: EntityManager, id: string, lookup: Lookup = {}) {
    return em.findOne(E.RequestCategoryEntity, { id, ...offeredUnless(lookup) });
  }

  priceExamples(em: EntityManager, kind?: PriceExampleKind | null) {
    return em.find(E.PriceExampleEntity, kind ? { kind } : {}, BY_POSITION);
  }

  typicalWorks(em: EntityManager, section?: string | null) {
    const where = { ...OFFERED, ...(section ? { section } : {}) };
    return em.find(E.TypicalWorkEntity, where, BY_POSITION);
  }

  typicalWork(em: EntityManager, id: string, lookup: Lookup = {}) {
    return em.findOne(E.TypicalWorkEntity, { id, ...offeredUnless(lookup) });
  }

  exampleRequests(em: EntityManager) {
    return em.find(E.ExampleRequestEntity, {}, BY_POSITION);
  }

  supportLines(em: EntityManager) {
    return em.find(E.SupportLineEntity, {}, { orderBy: { level: 'asc' } });
  }

  async listRate(em: EntityManager): Promise<E.ListRateEntity> {
    const rate = await em.findOne(E.ListRateEntity, { currency: CURRENCY });
    if (!rate) throw new Error('the catalogue has no list rate: was the content imported?');
    return rate;
  }
}
