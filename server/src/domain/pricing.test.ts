import { describe, expect, it } from 'vitest';

import { Decimal } from './decimal.js';
import {
  chargedNormHours,
  chargedNormHoursForMinutes,
  priceOfNormHours,
  priceWork,
} from './pricing.js';

const RATE = new Decimal('2500');
const K_CONTENT = new Decimal('0.6');

describe('charging logged minutes (C3)', () => {
  it('divides once, at the end: 50 min at K 0.6 is 0.50 norm-hours, 1250.00', () => {
    const charged = chargedNormHoursForMinutes(50, K_CONTENT);

    expect(charged.toFixed(2)).toBe('0.50');
    expect(priceOfNormHours(charged, RATE).toFixed(2)).toBe('1250.00');
  });

  it('differs from rounding the hours first (0.83 h x 0.6 = 0.498, 1245.00)', () => {
    const roundedFirst = new Decimal('0.83').times(K_CONTENT).times(RATE);
    const fromMinutes = priceOfNormHours(chargedNormHoursForMinutes(50, K_CONTENT), RATE);

    expect(roundedFirst.toFixed(2)).toBe('1245.00');
    expect(fromMinutes.toFixed(2)).toBe('1250.00');
  });

  it('rounds hours x K half-up to 0.01', () => {
    expect(chargedNormHours(new Decimal('0.0125'), new Decimal(1)).toFixed(2)).toBe('0.01');
    expect(chargedNormHours(new Decimal('0.025'), new Decimal(1)).toFixed(2)).toBe('0.03');
  });

  it('refuses minutes that are not whole', () => {
    expect(() => chargedNormHoursForMinutes(1.5, K_CONTENT)).toThrow(RangeError);
    expect(() => chargedNormHoursForMinutes(-1, K_CONTENT)).toThrow(RangeError);
  });

  it('keeps shown norm-hours x rate equal to the shown amount for every minute count', () => {
    for (let minutes = 0; minutes <= 600; minutes += 1) {
      const charged = chargedNormHoursForMinutes(minutes, K_CONTENT);
      const amount = priceOfNormHours(charged, RATE);
      expect(new Decimal(charged.toFixed(2)).times(RATE).toFixed(2)).toBe(amount.toFixed(2));
    }
  });
});

describe('priceWork', () => {
  it('prices the content cases of C5: 1.5 h and 0.1 h at K 0.6', () => {
    const oneAndAHalf = priceWork(
      [{ title: 'x', hours: new Decimal('1.5'), coefficient: K_CONTENT }],
      RATE,
    );
    const aTenth = priceWork(
      [{ title: 'x', hours: new Decimal('0.1'), coefficient: K_CONTENT }],
      RATE,
    );

    expect(oneAndAHalf.chargedHours.toFixed(2)).toBe('0.90');
    expect(oneAndAHalf.total.toFixed(2)).toBe('2250.00');
    expect(aTenth.total.toFixed(2)).toBe('150.00');
  });

  it('rounds the total once and shows a rounding line where lines do not add up', () => {
    const third = { title: 'x', hours: new Decimal('0.333333'), coefficient: new Decimal('1') };
    const priced = priceWork([third, third, third], new Decimal('1000'));

    expect(priced.chargedHours.toFixed(2)).toBe('1.00');
    expect(priced.total.toFixed(2)).toBe('1000.00');
    expect(priced.lines.map((line) => line.amount.toFixed(2))).toEqual([
      '333.33',
      '333.33',
      '333.33',
    ]);
    expect(priced.rounding.toFixed(2)).toBe('0.01');
  });

  it('has no rounding line when a single line is the total', () => {
    const priced = priceWork(
      [{ title: 'x', hours: new Decimal('10'), coefficient: new Decimal(1) }],
      RATE,
    );
    expect(priced.rounding.isZero()).toBe(true);
    expect(priced.total.toFixed(2)).toBe('25000.00');
  });
});
