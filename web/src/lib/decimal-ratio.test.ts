import { describe, expect, it } from 'vitest';

import { percentOf } from './decimal-ratio';

describe('percentOf', () => {
  it('gives the whole percentage, rounded down', () => {
    expect(percentOf('45.00', '120.00')).toBe(37);
    expect(percentOf('160.00', '160.00')).toBe(100);
    expect(percentOf('0.5', '3')).toBe(16);
  });

  it('stays within 0-100 and survives a zero goal', () => {
    expect(percentOf('200.00', '100.00')).toBe(100);
    expect(percentOf('0.00', '100.00')).toBe(0);
    expect(percentOf('5.00', '0.00')).toBe(0);
  });
});
