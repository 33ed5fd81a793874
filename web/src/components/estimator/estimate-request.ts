/**
 * From what a person typed to what is sent: every field checked, a comma read as a decimal
 * point, empty course fields left out. While any field is wrong, or required hours are
 * missing, there is nothing to send and so no price.
 */
import type { CourseSpecInput, EstimateInput } from '../../gql/graphql';
import {
  parseCountInput,
  parseDecimalInput,
  type InputProblem,
  type ParsedInput,
} from '../../lib/decimal-input';
import { limitsOf, requiresHours, asksForHours, type EstimateTarget } from './target';

/** The form as typed. */
export interface EstimatorFields {
  hours: string;
  /** A request category chosen for a service that takes K from it; '' for none. */
  categoryId: string;
  /** Counts by CourseLimit.key. */
  course: Record<string, string>;
}

export interface EstimateRequest {
  /** The API input, or null while there is nothing to send. */
  input: EstimateInput | null;
  hoursProblem: InputProblem | null;
  hoursMissing: boolean;
  /** The price is for a typical work's own hours from the catalogue, given or left out. */
  catalogueHours: boolean;
  courseProblems: Record<string, InputProblem>;
  /** How far each count goes past the package's maximum, by CourseLimit.key. */
  courseExcess: Record<string, number>;
}

export function estimateRequest(target: EstimateTarget, fields: EstimatorFields): EstimateRequest {
  const hours = asksForHours(target) ? parseDecimalInput(fields.hours) : null;
  const hoursProblem = hours?.state === 'invalid' ? hours.problem : null;
  const hoursMissing = requiresHours(target) && hours?.state === 'empty';

  const course: Record<string, number> = {};
  const courseProblems: Record<string, InputProblem> = {};
  const courseExcess: Record<string, number> = {};
  for (const { key, max } of limitsOf(target)) {
    const count = parseCountInput(fields.course[key] ?? '');
    if (count.state === 'valid') course[key] = count.value;
    if (count.state === 'valid' && count.value > max) courseExcess[key] = count.value - max;
    if (count.state === 'invalid') courseProblems[key] = count.problem;
  }

  const blocked = hoursProblem !== null || hoursMissing || Object.keys(courseProblems).length > 0;
  const input: EstimateInput = {
    ...subjectOf(target, fields.categoryId),
    ...(hours?.state === 'valid' ? { hours: hours.value } : {}),
    // The schema lists every limit key; the keys here come from the same catalogue.
    ...(Object.keys(course).length > 0 ? { course: course as CourseSpecInput } : {}),
  };

  return {
    input: blocked ? null : input,
    hoursProblem,
    hoursMissing,
    catalogueHours: target.kind === 'typicalWork' && sameHours(hours, target.hours),
    courseProblems,
    courseExcess,
  };
}

/** Hours left out, or typed equal to the catalogue's: either way the catalogue's are priced. */
function sameHours(typed: ParsedInput<string> | null, catalogue: string): boolean {
  if (typed?.state === 'empty') return true;

  const own = parseDecimalInput(catalogue);
  return typed?.state === 'valid' && own.state === 'valid' && typed.value === own.value;
}

function subjectOf(target: EstimateTarget, categoryId: string): EstimateInput {
  if (target.kind === 'category') return { categoryId: target.id };
  if (target.kind === 'typicalWork') return { typicalWorkId: target.id };

  const byCategory = target.coefficientByCategory && categoryId !== '';
  return { serviceCode: target.code, ...(byCategory ? { categoryId } : {}) };
}
