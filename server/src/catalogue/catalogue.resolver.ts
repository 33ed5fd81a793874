import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../graphql/context.js';
import { Money } from '../graphql/money.type.js';
import { rubles } from '../domain/money.js';
import { CatalogueMapper } from './catalogue.mapper.js';
import type { CatalogueService } from './catalogue.service.js';
import type { SupportHoursService } from '../sla/support-hours.service.js';
import { CatalogueSection } from './types/section.type.js';
import { ExampleRequest } from './types/example-request.type.js';
import { PriceExample, PriceExampleKind } from './types/price-example.type.js';
import { RequestCategory } from './types/request-category.type.js';
import { Service } from './types/service.type.js';
import { SupportComparisonRow } from './types/support-comparison-row.type.js';
import { SupportLine } from './types/support-line.type.js';
import { TypicalWork } from './types/typical-work.type.js';

/** The anonymous catalogue queries: thin adapters over the catalogue service. */
@Resolver()
export class CatalogueResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly supportHours: SupportHoursService,
  ) {}

  @Query(() => [CatalogueSection], { description: 'Sections of the document, in its order.' })
  async sections(@Ctx() { em, locale }: GraphQLContext): Promise<CatalogueSection[]> {
    const mapper = new CatalogueMapper(locale);
    return (await this.catalogue.sections(em)).map((row) => mapper.section(row));
  }

  @Query(() => [Service], { description: 'Regulated paid services, optionally of one section.' })
  async services(
    @Ctx() { em, locale }: GraphQLContext,
    @Arg('section', () => String, { nullable: true }) section?: string | null,
  ): Promise<Service[]> {
    const mapper = new CatalogueMapper(locale);
    const [rows, lookups] = await Promise.all([
      this.catalogue.services(em, section),
      this.catalogue.serviceLookups(em),
    ]);
    return rows.map((row) => mapper.service(row, lookups));
  }

  @Query(() => Service, { nullable: true, description: 'A service by its number; null if none.' })
  async service(
    @Ctx() { em, locale }: GraphQLContext,
    @Arg('code', () => String) code: string,
  ): Promise<Service | null> {
    const [row, lookups] = await Promise.all([
      this.catalogue.service(em, code),
      this.catalogue.serviceLookups(em),
    ]);
    return row && new CatalogueMapper(locale).service(row, lookups);
  }

  @Query(() => [SupportComparisonRow], { description: 'Basic versus extended support (2.9.1).' })
  async supportComparison(@Ctx() { em, locale }: GraphQLContext): Promise<SupportComparisonRow[]> {
    const mapper = new CatalogueMapper(locale);
    return (await this.catalogue.supportComparison(em)).map((r) => mapper.supportComparisonRow(r));
  }

  @Query(() => [RequestCategory], { description: 'Request categories of the client portal.' })
  async requestCategories(@Ctx() { em, locale }: GraphQLContext): Promise<RequestCategory[]> {
    const mapper = new CatalogueMapper(locale);
    return (await this.catalogue.requestCategories(em)).map((row) => mapper.requestCategory(row));
  }

  @Query(() => [PriceExample], { description: 'Priced examples of development (3.2-3.4).' })
  async priceExamples(
    @Ctx() { em, locale }: GraphQLContext,
    @Arg('kind', () => PriceExampleKind, { nullable: true }) kind?: PriceExampleKind | null,
  ): Promise<PriceExample[]> {
    const mapper = new CatalogueMapper(locale);
    const [rows, rate] = await Promise.all([
      this.catalogue.priceExamples(em, kind),
      this.catalogue.listRate(em),
    ]);
    return rows.map((row) => mapper.priceExample(row, rate.amount));
  }

  @Query(() => [TypicalWork], { description: 'Typical works: "4" content, "5" configuration.' })
  async typicalWorks(
    @Ctx() { em, locale }: GraphQLContext,
    @Arg('section', () => String, { nullable: true }) section?: string | null,
  ): Promise<TypicalWork[]> {
    const mapper = new CatalogueMapper(locale);
    return (await this.catalogue.typicalWorks(em, section)).map((row) => mapper.typicalWork(row));
  }

  @Query(() => [ExampleRequest], { description: 'Completed content requests with their price.' })
  async exampleRequests(@Ctx() { em, locale }: GraphQLContext): Promise<ExampleRequest[]> {
    const mapper = new CatalogueMapper(locale);
    const [rows, rate] = await Promise.all([
      this.catalogue.exampleRequests(em),
      this.catalogue.listRate(em),
    ]);
    return rows.map((row) => mapper.exampleRequest(row, rate.amount));
  }

  @Query(() => [SupportLine], {
    description: 'Support lines 1-3 with hours, response times and whether each is open now.',
  })
  async supportLines(@Ctx() { em, locale }: GraphQLContext): Promise<SupportLine[]> {
    const mapper = new CatalogueMapper(locale);
    const [rows, statusOf] = await Promise.all([
      this.catalogue.supportLines(em),
      this.supportHours.statusAt(em, new Date()),
    ]);
    return rows.map((row) => mapper.supportLine(row, statusOf(row)));
  }

  @Query(() => Money, { description: 'The public price of one extended-support norm-hour.' })
  async listRate(@Ctx() { em }: GraphQLContext): Promise<Money> {
    return Money.from(rubles((await this.catalogue.listRate(em)).amount));
  }

  @Query(() => Boolean, {
    description: 'True while the list rate is an example figure that staff have yet to set.',
  })
  async listRateSample(@Ctx() { em }: GraphQLContext): Promise<boolean> {
    return (await this.catalogue.listRate(em)).sample;
  }
}
