import { describe, expect, it } from 'vitest';

import { Decimal, DecimalFormError, formatAmount, parseDecimal, roundHalfUp } from './decimal.js';

describe('parseDecimal', () => {
  it.each(['0', '12', '0.5', '-3.25', '123456789012', '1.123456', '007.50'])(
    'accepts the dot form %s',
    (text) => {
      expect(parseDecimal(text).equals(new Decimal(text))).toBe(true);
    },
  );

  it.each([
    ['1,5', /comma/],
    ['+1', /not a decimal/],
    ['.5', /not a decimal/],
    ['1.', /not a decimal/],
    ['1e5', /not a decimal/],
    ['NaN', /not a decimal/],
    ['Infinity', /not a decimal/],
    ['', /not a decimal/],
    [' 1', /not a decimal/],
    ['12abc', /not a decimal/],
    ['1234567890123', /at most 12 digits/],
    ['1.1234567', /at most 6 digits/],
  ])('refuses %j', (text, message) => {
    expect(() => parseDecimal(text)).toThrow(DecimalFormError);
    expect(() => parseDecimal(text)).toThrow(message);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero where a float would not (C3: 0.35 to one place)', () => {
    expect(roundHalfUp(new Decimal('0.35'), 1).toFixed(1)).toBe('0.4');
    expect(roundHalfUp(new Decimal('1.005'), 2).toFixed(2)).toBe('1.01');
    expect(roundHalfUp(new Decimal('-1.005'), 2).toFixed(2)).toBe('-1.01');
  });
});

describe('formatAmount', () => {
  it('keeps two places, more only where the value has them', () => {
    expect(formatAmount(new Decimal('1250'))).toBe('1250.00');
    expect(formatAmount(new Decimal('100.4'))).toBe('100.40');
    expect(formatAmount(new Decimal('0.333333'))).toBe('0.333333');
  });

  it('adds decimals read back from PostgreSQL as numbers, not strings (C4)', () => {
    const balance = new Decimal('10.50').plus(new Decimal('2.5'));
    expect(formatAmount(balance)).toBe('13.00');
    expect(new Decimal('9.50').lessThan(new Decimal('10.00'))).toBe(true);
  });
});
