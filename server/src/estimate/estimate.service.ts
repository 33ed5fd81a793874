/**
 * Prices what a visitor or partner plans: looks the catalogue entries up, lets the domain rules
 * decide, and shapes the answer for the API.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { CatalogueService } from '../catalogue/catalogue.service.js';
import type { ServiceEntity } from '../catalogue/entities/index.js';
import { formatAmount, formatPlain, quoted } from '../domain/decimal.js';
import { estimate, type ServiceTerms } from '../domain/estimate.js';
import type { CoursePlan } from '../domain/course-limits.js';
import { rubles } from '../domain/money.js';
import { badInput } from '../domain/rule-violation.js';
import { localize, type Locale } from '../graphql/context.js';
import { Money } from '../graphql/money.type.js';
import type { CourseSpecInput, EstimateInput } from './estimate.inputs.js';
import { Estimate, EstimateLine, LimitViolation } from './estimate.types.js';

const ROUNDING_TITLE = {
  ru: 'Округление нормо-часов до 0,01 и суммы до копеек',
  en: 'Rounding of norm-hours to 0.01 and of the sum to kopecks',
};

export class EstimateService {
  constructor(private readonly catalogue: CatalogueService) {}

  async estimate(em: EntityManager, input: EstimateInput, locale: Locale): Promise<Estimate> {
    // Estimates run on every keystroke: the other packages and the limit titles are read only
    // when there is a course plan to check against them.
    const [service, category, typicalWork, rate, packages, lookups] = await Promise.all([
      input.serviceCode ? this.catalogue.service(em, input.serviceCode) : null,
      input.categoryId ? this.catalogue.requestCategory(em, input.categoryId) : null,
      input.typicalWorkId ? this.catalogue.typicalWork(em, input.typicalWorkId) : null,
      this.catalogue.listRate(em),
      input.course ? this.catalogue.services(em) : [],
      input.course ? this.catalogue.serviceLookups(em) : null,
    ]);

    if (input.serviceCode && !service) {
      throw badInput(
        'serviceCode',
        `there is no service ${quoted(input.serviceCode)} in the catalogue`,
      );
    }
    if (input.categoryId && !category) {
      throw badInput('categoryId', `there is no request category ${quoted(input.categoryId)}`);
    }
    if (input.typicalWorkId && !typicalWork) {
      throw badInput('typicalWorkId', `there is no typical work ${quoted(input.typicalWorkId)}`);
    }

    const result = estimate({
      service: service && serviceTerms(service, locale),
      category: category && {
        title: localize(category.path, locale),
        coefficient: category.coefficient,
        paid: category.paid,
      },
      typicalWork: typicalWork && {
        title: localize(typicalWork.title, locale),
        hours: typicalWork.hours,
        coefficient: typicalWork.coefficient,
      },
      hours: input.hours ?? null,
      plan: input.course ? planOf(input.course) : null,
      rate: rate.amount,
      packages: coursePackages(packages),
    });

    const lines: EstimateLine[] = result.lines.map((line) =>
      Object.assign(new EstimateLine(), {
        title: line.title,
        hours: formatAmount(line.hours),
        coefficient: formatPlain(line.coefficient),
        amount: Money.from(rubles(line.amount)),
        rounding: false,
      }),
    );
    if (!result.rounding.isZero()) {
      lines.push(
        Object.assign(new EstimateLine(), {
          title: ROUNDING_TITLE[locale],
          hours: null,
          coefficient: null,
          amount: Money.from(rubles(result.rounding)),
          rounding: true,
        }),
      );
    }

    return Object.assign(new Estimate(), {
      hours: formatAmount(result.hours),
      coefficient: formatPlain(result.coefficient),
      chargedHours: formatAmount(result.chargedHours),
      rate: Money.from(rubles(rate.amount)),
      total: Money.from(rubles(result.total)),
      free: result.free,
      withinLimits: result.violations.length === 0,
      violations: result.violations.map((v) =>
        Object.assign(new LimitViolation(), {
          ...v,
          title: localize(lookups?.limitTitles.get(v.key) ?? { ru: v.key, en: v.key }, locale),
        }),
      ),
      suggestedServiceCode: result.suggestedServiceCode,
      lines,
    });
  }
}

function serviceTerms(service: ServiceEntity, locale: Locale): ServiceTerms {
  return {
    code: service.code,
    title: `${service.code} ${localize(service.title, locale)}`,
    labourMode: service.labourMode,
    fixedHours: service.fixedHours,
    coefficient: service.coefficient,
    limits: service.limits,
  };
}

/** Services with course limits, smallest first: the first that holds a plan is suggested. */
function coursePackages(services: readonly ServiceEntity[]) {
  return services
    .filter((service) => service.limits.length > 0)
    .map((service) => ({ code: service.code, limits: service.limits, hours: service.fixedHours }))
    .sort((a, b) => (a.hours && b.hours ? a.hours.comparedTo(b.hours) : 0));
}

/** The counts actually given: a key sent as null is as good as left out. */
function planOf(course: CourseSpecInput): CoursePlan {
  return Object.fromEntries(
    Object.entries(course).filter((entry): entry is [string, number] => entry[1] != null),
  );
}
