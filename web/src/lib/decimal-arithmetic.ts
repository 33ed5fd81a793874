/**
 * Exact arithmetic on decimal strings ("1.5", "2500.00") for figures the page works out while a
 * person types, before the server confirms them. Values are scaled to whole numbers (BigInt),
 * so no float is ever involved; rounding is half-up, away from zero, as on the server.
 */
import { decimalParts } from './decimal-format';

/** A decimal as `units` / 10^`scale`. */
interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: string): Scaled {
  const parts = decimalParts(value);
  if (!parts) throw new RangeError(`not a decimal: ${value}`);
  const units = BigInt(parts.whole + parts.fraction);
  return { units: parts.negative ? -units : units, scale: parts.fraction.length };
}

function toText({ units, scale }: Scaled): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(-scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** `numerator / denominator` rounded half-up to a whole number; the denominator is positive. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return numerator < 0n ? -rounded : rounded;
}

/** `value` / `divisor` rounded half-up to `places` decimals, written with exactly that many. */
function divideToPlaces(value: Scaled, divisor: bigint, places: number): string {
  const numerator = value.units * 10n ** BigInt(places);
  const denominator = divisor * 10n ** BigInt(value.scale);
  return toText({ units: divideHalfUp(numerator, denominator), scale: places });
}

/** a × b rounded half-up to `places` decimals: "0.9" × "2500.00" to 2 is "2250.00". */
export function multiplyRounded(a: string, b: string, places: number): string {
  const x = toScaled(a);
  const y = toScaled(b);
  return divideToPlaces({ units: x.units * y.units, scale: x.scale + y.scale }, 1n, places);
}

/** a × b / divisor rounded once, half-up, to `places`: 50 × "0.6" / 60 to 2 is "0.50". */
export function multiplyDivideRounded(
  a: string,
  b: string,
  divisor: number,
  places: number,
): string {
  const x = toScaled(a);
  const y = toScaled(b);
  const product = { units: x.units * y.units, scale: x.scale + y.scale };
  return divideToPlaces(product, BigInt(divisor), places);
}

/** The exact sum of decimals; "0" for none. */
export function sumDecimals(values: readonly string[]): string {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((v) => v.scale));
  const units = scaled.reduce((total, value) => total + rescale(value, scale), 0n);
  return toText({ units, scale });
}

/** The exact difference a − b. */
export function subtractDecimals(a: string, b: string): string {
  const y = toScaled(b);
  return sumDecimals([a, toText({ units: -y.units, scale: y.scale })]);
}

/** Compares two decimals: negative, zero or positive as a is below, equal to or above b. */
export function compareDecimals(a: string, b: string): number {
  const difference = toScaled(subtractDecimals(a, b)).units;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
