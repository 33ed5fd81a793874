/**
 * The price formula of the source document: hours x K x the rate of one extended-support
 * norm-hour. Norm-hours are rounded once, to 0.01; money once, to kopecks.
 */
import { Decimal, roundHalfUp } from './decimal.js';
import { toKopecks } from './money.js';

export interface WorkLine {
  title: string;
  hours: Decimal;
  coefficient: Decimal;
}

export interface PricedLine extends WorkLine {
  exactAmount: Decimal;
  amount: Decimal;
}

export interface PricedWork {
  hours: Decimal;
  chargedHours: Decimal;
  total: Decimal;
  lines: PricedLine[];
  rounding: Decimal;
}

/** Norm-hours written off the balance for `hours` of work at coefficient K. */
export function chargedNormHours(hours: Decimal, coefficient: Decimal): Decimal {
  return roundHalfUp(hours.times(coefficient), 2);
}

/** Norm-hours for logged minutes: divided once, at the end, so 50 min at K 0.6 is 0.50. */
export function chargedNormHoursForMinutes(minutes: number, coefficient: Decimal): Decimal {
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a whole non-negative number, got ${minutes}`);
  }
  return roundHalfUp(new Decimal(minutes).times(coefficient).dividedBy(60), 2);
}

/** The money for norm-hours already charged. */
export function priceOfNormHours(chargedHours: Decimal, rate: Decimal): Decimal {
  return toKopecks(chargedHours.times(rate));
}

/**
 * Prices lines of work. Each line is shown rounded to kopecks; the total comes from the charged
 * norm-hours, so what is written off the balance and what is paid always agree. Where the shown
 * lines do not add up to the total, `rounding` holds the difference to show as its own line.
 */
export function priceWork(lines: readonly WorkLine[], rate: Decimal): PricedWork {
  const priced = lines.map((line) => {
    const exactAmount = line.hours.times(line.coefficient).times(rate);
    return { ...line, exactAmount, amount: toKopecks(exactAmount) };
  });

  const hours = sum(lines.map((line) => line.hours));
  const chargedHours = roundHalfUp(sum(lines.map((l) => l.hours.times(l.coefficient))), 2);
  const total = priceOfNormHours(chargedHours, rate);
  const rounding = total.minus(sum(priced.map((line) => line.amount)));

  return { hours, chargedHours, total, lines: priced, rounding };
}

/** Work covered by warranty support: its hours are recorded, nothing is charged. */
export function freeOfCharge(lines: readonly WorkLine[]): PricedWork {
  const zero = new Decimal(0);
  return {
    hours: sum(lines.map((line) => line.hours)),
    chargedHours: zero,
    total: zero,
    lines: lines.map((line) => ({ ...line, exactAmount: zero, amount: zero })),
    rounding: zero,
  };
}

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, value) => acc.plus(value), new Decimal(0));
}
