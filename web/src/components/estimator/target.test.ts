import { describe, expect, it } from 'vitest';

import { defaultHours, typedHours, type EstimateTarget } from './target';

const category: EstimateTarget = { kind: 'category', id: 'editor-assistant' };
const work: EstimateTarget = {
  kind: 'typicalWork',
  id: 'quiz-from-question-bank',
  hours: '0.50',
  unit: 'тест',
  sample: true,
};

describe('defaultHours', () => {
  it("fills in a typical work's own hours and nothing for the rest", () => {
    expect(defaultHours(work)).toBe('0,5');
    expect(defaultHours(category)).toBe('');
  });
});

describe('typedHours', () => {
  it('tells hours a person typed from those the form filled in', () => {
    expect(typedHours('3', '')).toBe(true);
    expect(typedHours('2', '0,5')).toBe(true);
    expect(typedHours('0,5', '0,5')).toBe(false);
  });

  it('takes an empty or blank field as nothing typed', () => {
    expect(typedHours('', '0,5')).toBe(false);
    expect(typedHours('  ', '')).toBe(false);
  });
});
