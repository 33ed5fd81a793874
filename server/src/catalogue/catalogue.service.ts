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

export class CatalogueService {
  sections(em: EntityManager) {
    return em.find(E.SectionEntity, {}, BY_POSITION);
  }

  services(em: EntityManager, section?: string | null) {
    return em.find(E.ServiceEntity, section ? { section } : {}, BY_POSITION);
  }

  service(em: EntityManager, code: string) {
    return em.findOne(E.ServiceEntity, { code });
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
    return em.find(E.RequestCategoryEntity, {}, BY_POSITION);
  }

  requestCategory(em: EntityManager, id: string) {
    return em.findOne(E.RequestCategoryEntity, { id });
  }

  crowdfundingProjects(em: EntityManager) {
    return em.find(E.CrowdfundingProjectEntity, {}, BY_POSITION);
  }

  priceExamples(em: EntityManager, kind?: PriceExampleKind | null) {
    return em.find(E.PriceExampleEntity, kind ? { kind } : {}, BY_POSITION);
  }

  typicalWorks(em: EntityManager, section?: string | null) {
    return em.find(E.TypicalWorkEntity, section ? { section } : {}, BY_POSITION);
  }

  typicalWork(em: EntityManager, id: string) {
    return em.findOne(E.TypicalWorkEntity, { id });
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
