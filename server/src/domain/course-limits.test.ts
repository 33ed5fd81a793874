import { describe, expect, it } from 'vitest';

import {
  assertPlanCounts,
  limitViolations,
  suggestPackage,
  type CourseLimit,
} from './course-limits.js';
import { RuleViolation } from './rule-violation.js';

const PROTOTYPE: CourseLimit[] = [
  { key: 'sections', min: null, max: 10 },
  { key: 'quizQuestions', min: null, max: 30 },
  { key: 'courseLogic', min: null, max: 3 },
];
const IMPLEMENTATION: CourseLimit[] = [
  { key: 'sections', min: null, max: 10 },
  { key: 'quizQuestions', min: null, max: 30 },
  { key: 'courseLogic', min: null, max: 6 },
  { key: 'customRoles', min: null, max: 10 },
];
const PACKAGES = [
  { code: '2.4', limits: PROTOTYPE },
  { code: '2.5', limits: IMPLEMENTATION },
];

describe('limitViolations', () => {
  it('reports each maximum passed with limit, requested and excess', () => {
    expect(limitViolations({ sections: 12, quizQuestions: 35 }, PROTOTYPE)).toEqual([
      { key: 'sections', limit: 10, requested: 12, excess: 2 },
      { key: 'quizQuestions', limit: 30, requested: 35, excess: 5 },
    ]);
  });

  it('accepts a plan at the maxima exactly and ignores keys left out', () => {
    expect(limitViolations({ sections: 10, quizQuestions: 30 }, PROTOTYPE)).toEqual([]);
    expect(limitViolations({}, PROTOTYPE)).toEqual([]);
  });

  it('counts a key the package lacks against a maximum of 0', () => {
    expect(limitViolations({ customRoles: 2 }, PROTOTYPE)).toEqual([
      { key: 'customRoles', limit: 0, requested: 2, excess: 2 },
    ]);
    expect(limitViolations({ customRoles: 0 }, PROTOTYPE)).toEqual([]);
  });
});

describe('suggestPackage', () => {
  it('suggests the implementation when the plan outgrows the prototype and fits it', () => {
    expect(suggestPackage({ courseLogic: 5 }, PACKAGES[0]!, PACKAGES)).toBe('2.5');
  });

  it('suggests nothing when the plan fits, or when nothing holds it', () => {
    expect(suggestPackage({ courseLogic: 3 }, PACKAGES[0]!, PACKAGES)).toBeNull();
    expect(suggestPackage({ sections: 12 }, PACKAGES[0]!, PACKAGES)).toBeNull();
  });
});

describe('assertPlanCounts', () => {
  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('refuses the count %s', (count) => {
    expect(() => assertPlanCounts({ sections: count }, 'course')).toThrow(RuleViolation);
  });
});
