import { describe, expect, it } from 'vitest';

import { durationText } from './time-left';

describe('durationText', () => {
  it('writes minutes, hours and minutes, or days and hours', () => {
    expect(durationText(0)).toBe('0 мин');
    expect(durationText(45)).toBe('45 мин');
    expect(durationText(60)).toBe('1 ч');
    expect(durationText(200)).toBe('3 ч 20 мин');
    expect(durationText(24 * 60)).toBe('1 д');
    expect(durationText(28 * 60 + 59)).toBe('1 д 4 ч');
  });

  it('reads an overdue (negative) span by its size', () => {
    expect(durationText(-65)).toBe('1 ч 5 мин');
  });
});
