/**
 * The estimate rules: which hours and which K apply to what the customer plans, and the price
 * that follows. The caller looks the catalogue entries up; this decides.
 */
import { Decimal } from './decimal.js';
import { assertPlanCounts, limitViolations, suggestPackage } from './course-limits.js';
import type { CourseLimit, CoursePlan, LimitViolation, Package } from './course-limits.js';
import { freeOfCharge, priceWork, type PricedWork } from './pricing.js';
import { badInput } from './rule-violation.js';

export type LabourMode = 'FIXED' | 'ACTUAL_TIME' | 'CONTRACT';

export interface ServiceTerms {
  code: string;
  title: string;
  labourMode: LabourMode;
  fixedHours: Decimal | null;
  coefficient: Decimal;
  limits: readonly CourseLimit[];
}

export interface CategoryTerms {
  title: string;
  coefficient: Decimal;
  /** False for warranty support: no charge applies, whatever the hours. */
  paid: boolean;
}

export interface TypicalWorkTerms {
  title: string;
  hours: Decimal;
  coefficient: Decimal;
}

export interface EstimateRequest {
  service: ServiceTerms | null;
  category: CategoryTerms | null;
  typicalWork: TypicalWorkTerms | null;
  hours: Decimal | null;
  plan: CoursePlan | null;
  rate: Decimal;
  /** Packages with course limits, smallest first, to suggest when a plan outgrows its own. */
  packages: readonly Package[];
}

export interface EstimateResult extends PricedWork {
  coefficient: Decimal;
  free: boolean;
  violations: LimitViolation[];
  suggestedServiceCode: string | null;
}

export function estimate(request: EstimateRequest): EstimateResult {
  const { service, category, typicalWork } = request;
  assertOneSubject(request);

  const hours = hoursOf(request);
  const coefficient = category?.coefficient ?? service?.coefficient ?? typicalWork!.coefficient;
  const title = service?.title ?? typicalWork?.title ?? category!.title;
  const free = category !== null && !category.paid;
  const line = { title, hours, coefficient };
  const priced = free ? freeOfCharge([line]) : priceWork([line], request.rate);

  const { violations, suggestedServiceCode } = checkPlan(request);
  return { ...priced, coefficient, free, violations, suggestedServiceCode };
}

function assertOneSubject({ service, category, typicalWork }: EstimateRequest): void {
  if (!service && !category && !typicalWork) {
    throw badInput(null, 'choose a service, a request category or a typical work to estimate');
  }
  if (service && typicalWork) {
    throw badInput('typicalWorkId', 'estimate either a service or a typical work, not both');
  }
  // Paid work filed under warranty support would come out free: the category cannot apply.
  if (category && !category.paid && (service || typicalWork)) {
    throw badInput(
      'categoryId',
      `"${category.title}" is free warranty support; paid work needs a paid category or none`,
    );
  }
}

function hoursOf({ service, typicalWork, hours }: EstimateRequest): Decimal {
  if (hours?.lessThan(0)) throw badInput('hours', 'hours cannot be negative');

  if (service?.labourMode === 'FIXED') {
    if (hours !== null) {
      throw badInput(
        'hours',
        `service ${service.code} has fixed labour of ${service.fixedHours!.toFixed()} h; ` +
          'leave hours out',
      );
    }
    return service.fixedHours!;
  }

  const chosen = hours ?? typicalWork?.hours ?? null;
  if (chosen !== null) return chosen;

  if (service?.labourMode === 'CONTRACT') {
    throw badInput(
      'hours',
      `service ${service.code} is agreed in a separate contract: give the hours you expect`,
    );
  }
  const what = service ? `service ${service.code}` : 'this request category';
  throw badInput('hours', `${what} is charged by the time spent: give the hours`);
}

function checkPlan(request: EstimateRequest) {
  const { service, plan } = request;
  if (plan === null) return { violations: [], suggestedServiceCode: null };

  assertPlanCounts(plan, 'course');
  if (!service || service.limits.length === 0) {
    throw badInput('course', 'a planned course applies only to a service with course limits');
  }

  return {
    violations: limitViolations(plan, service.limits),
    suggestedServiceCode: suggestPackage(plan, service, request.packages),
  };
}
