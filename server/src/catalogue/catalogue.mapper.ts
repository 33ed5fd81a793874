/**
 * Turns catalogue rows into the API's types in the caller's language, with amounts in their wire
 * form: norm-hours with two decimals, K as stored.
 */
import type { Decimal } from 'decimal.js';

import { formatAmount, formatPlain } from '../domain/decimal.js';
import { rubles } from '../domain/money.js';
import { priceOfNormHours, chargedNormHours } from '../domain/pricing.js';
import type { LineStatus } from '../domain/support-hours.js';
import { localize, type Locale } from '../graphql/context.js';
import { Money } from '../graphql/money.type.js';
import type { LocalizedText } from './content/content.schema.js';
import type * as E from './entities/index.js';
import { CatalogueSection } from './types/section.type.js';
import { ExampleRequest } from './types/example-request.type.js';
import { PriceExample, PriceExampleKind } from './types/price-example.type.js';
import { RequestCategory } from './types/request-category.type.js';
import { Attestation, CourseLimit, LabourMode, Service, Specialist } from './types/service.type.js';
import { SupportComparisonRow } from './types/support-comparison-row.type.js';
import { SupportLine } from './types/support-line.type.js';
import { TypicalWork } from './types/typical-work.type.js';

export interface ServiceLookups {
  specialists: ReadonlyMap<string, E.SpecialistEntity>;
  limitTitles: ReadonlyMap<string, LocalizedText>;
}

export class CatalogueMapper {
  constructor(private readonly locale: Locale) {}

  private text(value: LocalizedText): string {
    return localize(value, this.locale);
  }

  section(row: E.SectionEntity): CatalogueSection {
    return Object.assign(new CatalogueSection(), {
      code: row.code,
      parent: row.parent,
      title: this.text(row.title),
      summary: this.text(row.summary),
    });
  }

  service(row: E.ServiceEntity, lookups: ServiceLookups): Service {
    const specialist = lookups.specialists.get(row.specialistKind);

    return Object.assign(new Service(), {
      code: row.code,
      section: row.section,
      title: this.text(row.title),
      summary: this.text(row.summary),
      inputs: this.text(row.inputs),
      result: this.text(row.result),
      scope: row.scope.map((item) => this.text(item)),
      labourMode: row.labourMode as LabourMode,
      fixedHours: row.fixedHours && formatAmount(row.fixedHours),
      coefficient: formatPlain(row.coefficient),
      coefficientByCategory: row.coefficientByCategory,
      specialistKind: row.specialistKind,
      specialist: Object.assign(new Specialist(), {
        kind: row.specialistKind,
        title: specialist ? this.text(specialist.title) : row.specialistKind,
      }),
      regulationClause: row.regulationClause,
      options: row.options.map((item) => this.text(item)),
      attestation: row.attestation && this.attestation(row.attestation),
      limits: row.limits.map((limit) =>
        Object.assign(new CourseLimit(), {
          ...limit,
          title: this.limitTitle(limit.key, lookups.limitTitles),
        }),
      ),
      sample: row.sample,
    });
  }

  private attestation(value: E.AttestationContent): Attestation {
    return Object.assign(new Attestation(), {
      checks: value.checks.map((item) => this.text(item)),
      actions: value.actions.map((item) => this.text(item)),
      transferNote: this.text(value.transferNote),
    });
  }

  private limitTitle(key: string, titles: ServiceLookups['limitTitles']): string {
    const title = titles.get(key);
    return title ? this.text(title) : key;
  }

  supportComparisonRow(row: E.SupportComparisonRowEntity): SupportComparisonRow {
    return Object.assign(new SupportComparisonRow(), {
      position: row.position,
      situation: this.text(row.situation),
      basic: this.text(row.basic),
      extended: this.text(row.extended),
    });
  }

  requestCategory(row: E.RequestCategoryEntity): RequestCategory {
    const path = this.text(row.path);
    const parts = path.split(' / ');

    return Object.assign(new RequestCategory(), {
      id: row.id,
      path,
      title: parts[parts.length - 1] ?? path,
      groups: parts.slice(0, -1),
      paid: row.paid,
      coefficient: formatPlain(row.coefficient),
      supportLine: row.supportLine,
    });
  }

  priceExample(row: E.PriceExampleEntity, rate: Decimal): PriceExample {
    return Object.assign(new PriceExample(), {
      id: row.id,
      kind: row.kind as PriceExampleKind,
      title: this.text(row.title),
      typical: row.typical,
      hours: formatAmount(row.hours),
      coefficient: formatPlain(row.coefficient),
      price: Money.from(
        rubles(priceOfNormHours(chargedNormHours(row.hours, row.coefficient), rate)),
      ),
      sample: row.sample,
    });
  }

  typicalWork(row: E.TypicalWorkEntity): TypicalWork {
    return Object.assign(new TypicalWork(), {
      id: row.id,
      section: row.section,
      title: this.text(row.title),
      unit: this.text(row.unit),
      hours: formatAmount(row.hours),
      coefficient: formatPlain(row.coefficient),
      sample: row.sample,
    });
  }

  exampleRequest(row: E.ExampleRequestEntity, rate: Decimal): ExampleRequest {
    const charged = chargedNormHours(row.hours, row.coefficient);

    return Object.assign(new ExampleRequest(), {
      id: row.id,
      section: row.section,
      text: this.text(row.text),
      hours: formatAmount(row.hours),
      coefficient: formatPlain(row.coefficient),
      price: Money.from(rubles(priceOfNormHours(charged, rate))),
      sample: row.sample,
    });
  }

  supportLine(row: E.SupportLineEntity, status: LineStatus): SupportLine {
    return Object.assign(new SupportLine(), {
      level: row.level,
      title: this.text(row.title),
      schedule: this.text(row.schedule),
      responseTime: this.text(row.responseTime),
      weekdaysOnly: row.weekdaysOnly,
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      openNow: status.openNow,
      opensNext: status.opensNext,
    });
  }
}
