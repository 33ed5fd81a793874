import { describe, expect, it } from 'vitest';

import { formatDecimal } from './decimal-format';
import { formatMoney } from './money';

const rub = (amount: string) => formatMoney({ amount, currency: 'RUB' });

describe('formatMoney', () => {
  it('groups digits with a no-break space and writes kopecks after a comma', () => {
    expect(rub('1250.00')).toBe('1\u00a0250,00\u00a0₽');
    expect(rub('2250.00')).toBe('2\u00a0250,00\u00a0₽');
    expect(rub('1234567.89')).toBe('1\u00a0234\u00a0567,89\u00a0₽');
  });

  it('leaves small amounts ungrouped and always shows kopecks', () => {
    expect(rub('150.00')).toBe('150,00\u00a0₽');
    expect(rub('0.5')).toBe('0,50\u00a0₽');
    expect(rub('7')).toBe('7,00\u00a0₽');
  });

  it('keeps every digit of the string: no float on the way', () => {
    expect(rub('0.35')).toBe('0,35\u00a0₽');
    expect(rub('999999999999.99')).toBe('999\u00a0999\u00a0999\u00a0999,99\u00a0₽');
    expect(rub('10.005')).toBe('10,005\u00a0₽');
  });

  it('writes a negative amount with a minus sign, and zero without one', () => {
    expect(rub('-0.01')).toBe('\u22120,01\u00a0₽');
    expect(rub('-0.00')).toBe('0,00\u00a0₽');
  });

  it('shows an unknown currency by its code and odd text as it came', () => {
    expect(formatMoney({ amount: '10.00', currency: 'EUR' })).toBe('10,00\u00a0EUR');
    expect(rub('n/a')).toBe('n/a\u00a0₽');
  });
});

describe('formatDecimal', () => {
  it('drops trailing zeros without changing the value', () => {
    expect(formatDecimal('1.50')).toBe('1,5');
    expect(formatDecimal('10.00')).toBe('10');
    expect(formatDecimal('0.6')).toBe('0,6');
    expect(formatDecimal('0.333333')).toBe('0,333333');
  });

  it('groups long whole parts', () => {
    expect(formatDecimal('12500.25')).toBe('12\u00a0500,25');
  });
});
