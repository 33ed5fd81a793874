import { describe, expect, it } from 'vitest';

import {
  compareDecimals,
  multiplyDivideRounded,
  multiplyRounded,
  subtractDecimals,
  sumDecimals,
} from './decimal-arithmetic';

describe('multiplyRounded', () => {
  it('multiplies exactly and rounds once, half-up', () => {
    expect(multiplyRounded('1.5', '0.6', 2)).toBe('0.90');
    expect(multiplyRounded('0.90', '2500.00', 2)).toBe('2250.00');
    expect(multiplyRounded('0.35', '1', 1)).toBe('0.4');
    expect(multiplyRounded('0.125', '1', 2)).toBe('0.13');
    expect(multiplyRounded('-0.125', '1', 2)).toBe('-0.13');
  });

  it('keeps every digit of large values', () => {
    expect(multiplyRounded('9999.99', '999999.99', 2)).toBe('9999989900.00');
  });
});

describe('multiplyDivideRounded', () => {
  it('C3: 50 minutes at K 0.6 are 0.50 norm-hours, rounded once from the minutes', () => {
    expect(multiplyDivideRounded('50', '0.6', 60, 2)).toBe('0.50');
    expect(multiplyDivideRounded('1', '1', 60, 2)).toBe('0.02');
    expect(multiplyDivideRounded('90', '1', 60, 2)).toBe('1.50');
    expect(multiplyDivideRounded('0', '0.6', 60, 2)).toBe('0.00');
  });
});

describe('sums and differences', () => {
  it('adds decimals of any scale', () => {
    expect(sumDecimals(['0.90', '1.2', '3'])).toBe('5.10');
    expect(sumDecimals([])).toBe('0');
  });

  it('subtracts and compares', () => {
    expect(subtractDecimals('1.20', '0.90')).toBe('0.30');
    expect(subtractDecimals('0.5', '1.25')).toBe('-0.75');
    expect(compareDecimals('9.50', '10.00')).toBe(-1);
    expect(compareDecimals('10', '10.00')).toBe(0);
    expect(compareDecimals('0.01', '0')).toBe(1);
  });
});
