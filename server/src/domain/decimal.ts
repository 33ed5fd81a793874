/**
 * Exact decimals for hours and money: the strict input form, rounding and the wire form.
 * Nothing here ever passes through a JavaScript number with a fraction.
 */
import { Decimal } from 'decimal.js';

export { Decimal };

export const MAX_INTEGER_DIGITS = 12;
export const MAX_FRACTION_DIGITS = 6;

const DOT_FORM = /^-?(\d+)(?:\.(\d+))?$/;

/** Why a text is not a decimal in the accepted form, or null when it is one. */
export function decimalFormProblem(text: string): string | null {
  const match = DOT_FORM.exec(text);
  if (!match) {
    return text.includes(',')
      ? `${quoted(text)} has a comma: write the decimal with a dot, as "1.5"`
      : `${quoted(text)} is not a decimal: use digits with an optional dot part, as "12" or "0.5"`;
  }

  const [, integerPart = '', fractionPart = ''] = match;
  if (integerPart.replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) {
    return `${quoted(text)} is too large: at most ${MAX_INTEGER_DIGITS} digits before the dot`;
  }
  if (fractionPart.length > MAX_FRACTION_DIGITS) {
    return `${quoted(text)} is too precise: at most ${MAX_FRACTION_DIGITS} digits after the dot`;
  }
  return null;
}

export class DecimalFormError extends Error {
  override name = 'DecimalFormError';
}

/** Parses the strict dot form ("12", "0.5", "-3.25"); anything else throws DecimalFormError. */
export function parseDecimal(text: string): Decimal {
  const problem = decimalFormProblem(text);
  if (problem) throw new DecimalFormError(problem);

  const value = new Decimal(text);
  // "-0" is zero: a signed zero would print as "-0.00" and count as negative.
  return value.isZero() ? new Decimal(0) : value;
}

/** A person's input quoted in a message, cut short so a huge input does not fill the answer. */
export function quoted(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** Rounds half away from zero, the way people and accountants round, to `places` places. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Money and norm-hours on the wire: two places, more only where the value has them. */
export function formatAmount(value: Decimal): string {
  return value.toFixed(Math.max(2, value.decimalPlaces()));
}

/** A coefficient or other stored value as it is: no trailing zeros, never in exponent form. */
export function formatPlain(value: Decimal): string {
  return value.toFixed();
}
