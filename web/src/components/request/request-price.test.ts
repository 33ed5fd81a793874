import { describe, expect, it } from 'vitest';

import { estimatePrice, minutesPrice, priceAbove, totalPrice } from './request-price';

const terms = { coefficient: '0.6', rate: '2500.00', paid: true };

describe('request prices', () => {
  it('C3: 50 minutes at K 0.6 cost 0.50 norm-hours, 1 250.00 ₽', () => {
    expect(minutesPrice(50, terms)).toEqual({ normHours: '0.50', amount: '1250.00' });
  });

  it("prices a stage's hours x K, and the total from the stages' norm-hours", () => {
    expect(estimatePrice('1.5', terms)).toEqual({ normHours: '0.90', amount: '2250.00' });
    expect(totalPrice(['0.90', '0.06'], terms)).toEqual({ normHours: '0.96', amount: '2400.00' });
    expect(totalPrice([], terms)).toEqual({ normHours: '0.00', amount: '0.00' });
  });

  it('charges no money for work under warranty', () => {
    expect(estimatePrice('2', { ...terms, paid: false }).amount).toBe('0.00');
  });

  it('tells how much an overrun adds', () => {
    const estimate = estimatePrice('1', terms);
    expect(priceAbove(minutesPrice(80, terms), estimate)).toEqual({
      normHours: '0.20',
      amount: '500.00',
    });
  });
});
