import { describe, expect, it } from 'vitest';

import { checkRow, rowIsComplete, totalOf } from './estimate-rows';

const terms = { coefficient: '0.6', rate: '2500.00', paid: true };

describe('estimate rows', () => {
  it('prices each row as typed, a comma read as the decimal point (C5)', () => {
    const row = checkRow({ key: 1, title: 'Курс', hours: '1,5' }, terms);

    expect(row.hours).toBe('1.5');
    expect(row.price).toEqual({ normHours: '0.90', amount: '2250.00' });
    expect(rowIsComplete(row)).toBe(true);
  });

  it('names what is missing or wrong and prices nothing for it', () => {
    const slip = checkRow({ key: 2, title: '', hours: '12abc' }, terms);
    const empty = checkRow({ key: 3, title: 'Тесты', hours: '' }, terms);

    expect(slip).toMatchObject({ titleMissing: true, hoursProblem: 'notNumber', price: null });
    expect(empty).toMatchObject({ hoursMissing: true, price: null });
    expect(rowIsComplete(empty)).toBe(false);
  });

  it('totals the rows priced so far', () => {
    const rows = ['1,5', '0,1', 'x'].map((hours, key) =>
      checkRow({ key, title: 'Этап', hours }, terms),
    );

    expect(totalOf(rows, terms)).toEqual({ normHours: '0.96', amount: '2400.00' });
  });
});
