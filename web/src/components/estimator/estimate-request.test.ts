import { describe, expect, it } from 'vitest';

import { estimateRequest, type EstimatorFields } from './estimate-request';
import type { ServiceTarget, TypicalWorkTarget } from './target';

const work: TypicalWorkTarget = {
  kind: 'typicalWork',
  id: 'question-bank-import',
  hours: '1.50',
  unit: 'раздел',
  sample: true,
};

const prototype: ServiceTarget = {
  kind: 'service',
  code: '2.4',
  labourMode: 'FIXED',
  fixedHours: '10.00',
  coefficientByCategory: false,
  limits: [
    { key: 'sections', title: 'Тематические секции', max: 10 },
    { key: 'quizzes', title: 'Тесты', max: 4 },
  ],
};

const fields = (change: Partial<EstimatorFields>): EstimatorFields => ({
  hours: '',
  categoryId: '',
  course: {},
  ...change,
});

describe('estimateRequest: hours from the catalogue', () => {
  it("counts a typical work's hours as the catalogue's when left out or typed the same", () => {
    expect(estimateRequest(work, fields({ hours: '' })).catalogueHours).toBe(true);
    expect(estimateRequest(work, fields({ hours: '1,5' })).catalogueHours).toBe(true);
    expect(estimateRequest(work, fields({ hours: '1.500' })).catalogueHours).toBe(true);
  });

  it("counts other hours, a typing slip and any service as not the catalogue's", () => {
    expect(estimateRequest(work, fields({ hours: '2' })).catalogueHours).toBe(false);
    expect(estimateRequest(work, fields({ hours: '1,5x' })).catalogueHours).toBe(false);
    expect(estimateRequest(prototype, fields({})).catalogueHours).toBe(false);
  });
});

describe('estimateRequest: counts over the package', () => {
  it('gives how far each count goes past its maximum, and still sends the plan', () => {
    const request = estimateRequest(
      prototype,
      fields({ course: { sections: '12', quizzes: '4' } }),
    );

    expect(request.courseExcess).toEqual({ sections: 2 });
    expect(request.input?.course).toEqual({ sections: 12, quizzes: 4 });
  });

  it('marks no excess for an empty or mistyped count', () => {
    const request = estimateRequest(
      prototype,
      fields({ course: { sections: '', quizzes: '5,5' } }),
    );

    expect(request.courseExcess).toEqual({});
    expect(request.courseProblems).toEqual({ quizzes: 'notWhole' });
  });
});
