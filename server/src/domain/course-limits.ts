/**
 * Course limits of the prototype and implementation packages: which planned counts go past a
 * package's maxima, and which package would hold the whole plan instead.
 */
import { badInput } from './rule-violation.js';

export interface CourseLimit {
  key: string;
  min: number | null;
  max: number;
}

/** Planned counts by limit key; a key left out is not counted. */
export type CoursePlan = Readonly<Record<string, number>>;

export interface LimitViolation {
  key: string;
  limit: number;
  requested: number;
  excess: number;
}

export interface Package {
  code: string;
  limits: readonly CourseLimit[];
}

/** Refuses counts that cannot describe a course: negative or fractional ones. */
export function assertPlanCounts(plan: CoursePlan, fieldPrefix: string): void {
  for (const [key, count] of Object.entries(plan)) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw badInput(`${fieldPrefix}.${key}`, `${key} must be a whole number of 0 or more`);
    }
  }
}

/**
 * Maxima the plan goes past. A key the package does not include at all has a maximum of 0:
 * custom roles, for one, are not part of a prototype.
 */
export function limitViolations(
  plan: CoursePlan,
  limits: readonly CourseLimit[],
): LimitViolation[] {
  const maxima = new Map(limits.map((limit) => [limit.key, limit.max]));

  return Object.entries(plan).flatMap(([key, requested]) => {
    const limit = maxima.get(key) ?? 0;
    return requested > limit ? [{ key, limit, requested, excess: requested - limit }] : [];
  });
}

/**
 * The first other package, in the order given, that holds the whole plan; null when the plan
 * already fits or nothing holds it.
 */
export function suggestPackage(
  plan: CoursePlan,
  current: Package,
  candidates: readonly Package[],
): string | null {
  if (limitViolations(plan, current.limits).length === 0) return null;

  const fitting = candidates.find(
    (candidate) =>
      candidate.code !== current.code && limitViolations(plan, candidate.limits).length === 0,
  );
  return fitting?.code ?? null;
}
