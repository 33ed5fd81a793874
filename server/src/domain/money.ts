/** Money in roubles, kept exact and rounded to kopecks only where the rules say so. */
import { Decimal, roundHalfUp } from './decimal.js';

export const CURRENCY = 'RUB';

export interface Money {
  amount: Decimal;
  currency: typeof CURRENCY;
}

export function rubles(amount: Decimal): Money {
  return { amount, currency: CURRENCY };
}

export function toKopecks(amount: Decimal): Decimal {
  return roundHalfUp(amount, 2);
}
