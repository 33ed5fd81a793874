/**
 * Reads the catalogue from the database in the document's order. Small tables are read whole,
 * so a list of services costs three queries however long it is.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { CURRENCY } from '../domain/money.js';
import type { ServiceLookups } from './catalogue.mapper.js';
import {
  CourseLimitTitleEntity,
  CrowdfundingProjectEntity,
  ExampleRequestEntity,
  ListRateEntity,
  PriceExampleEntity,
  RequestCategoryEntity,
  SectionEntity,
  ServiceEntity,
  SpecialistEntity,
  SupportComparisonRowEntity,
  SupportLineEntity,
  TypicalWorkEntity,
} from './entities/index.js';
import type { PriceExampleKind } from './entities/price-example.entity.js';

const BY_POSITION = { orderBy: { position: 'asc' } } as const;

export class CatalogueService {
  sections(em: EntityManager) {
    return em.find(SectionEntity, {}, BY_POSITION);
  }

  services(em: EntityManager, section?: string | null) {
    return em.find(ServiceEntity, section ? { section } : {}, BY_POSITION);
  }

  service(em: EntityManager, code: string) {
    return em.findOne(ServiceEntity, { code });
  }

  async serviceLookups(em: EntityManager): Promise<ServiceLookups> {
    const [specialists, titles] = await Promise.all([
      em.find(SpecialistEntity, {}),
      em.find(CourseLimitTitleEntity, {}),
    ]);
    return {
      specialists: new Map(specialists.map((s) => [s.kind, s])),
      limitTitles: new Map(titles.map((t) => [t.key, t.title])),
    };
  }

  supportComparison(em: EntityManager) {
    return em.find(SupportComparisonRowEntity, {}, BY_POSITION);
  }

  requestCategories(em: EntityManager) {
    return em.find(RequestCategoryEntity, {}, BY_POSITION);
  }

  requestCategory(em: EntityManager, id: string) {
    return em.findOne(RequestCategoryEntity, { id });
  }

  crowdfundingProjects(em: EntityManager) {
    return em.find(CrowdfundingProjectEntity, {}, BY_POSITION);
  }

  priceExamples(em: EntityManager, kind?: PriceExampleKind | null) {
    return em.find(PriceExampleEntity, kind ? { kind } : {}, BY_POSITION);
  }

  typicalWorks(em: EntityManager, section?: string | null) {
    return em.find(TypicalWorkEntity, section ? { section } : {}, BY_POSITION);
  }

  typicalWork(em: EntityManager, id: string) {
    return em.findOne(TypicalWorkEntity, { id });
  }

  exampleRequests(em: EntityManager) {
    return em.find(ExampleRequestEntity, {}, BY_POSITION);
  }

  supportLines(em: EntityManager) {
    return em.find(SupportLineEntity, {}, { orderBy: { level: 'asc' } });
  }

  async listRate(em: EntityManager): Promise<ListRateEntity> {
    const rate = await em.findOne(ListRateEntity, { currency: CURRENCY });
    if (!rate) throw new Error('the catalogue has no list rate: was the content imported?');
    return rate;
  }
}
