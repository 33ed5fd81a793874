/**
 * Russian-style display of exact decimals that arrive as strings ("2250.00", "0.6"): digit groups
 * split by a no-break space, a comma before the fraction. Works on the text alone, so no value
 * ever passes through a JavaScript float.
 */

/** U+00A0: keeps "2 250" on one line. */
export const NO_BREAK_SPACE = '\u00a0';

/** U+2212, the typographic minus. */
const MINUS = '\u2212';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** Splits "-1250.5" into its sign, whole and fraction digits; null if it is not a decimal. */
export function decimalParts(value: string): DecimalParts | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;

  return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

/** "1250000" becomes "1 250 000" (no-break spaces). */
export function groupDigits(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
}

/** Joins parts back in Russian style; a zero amount never shows a minus. */
export function joinParts({ negative, whole, fraction }: DecimalParts): string {
  const isZero = /^0*$/.test(whole + fraction);
  const sign = negative && !isZero ? MINUS : '';
  return sign + groupDigits(whole) + (fraction ? `,${fraction}` : '');
}

/**
 * Hours, K and other quantities: "1.50" shows as "1,5" and "10.00" as "10". Dropping trailing
 * zeros keeps the value exact. Text that is not a decimal is returned unchanged.
 */
export function formatDecimal(value: string): string {
  const parts = decimalParts(value);
  if (!parts) return value;

  return joinParts({ ...parts, fraction: parts.fraction.replace(/0+$/, '') });
}

/**
 * Norm-hours, which are read beside money: at least two decimals, as "0,90" and "10,00". Digits
 * past the second are kept rather than rounded, since rounding is the server's job.
 */
export function formatNormHours(value: string): string {
  const parts = decimalParts(value);
  if (!parts) return value;

  const significant = parts.fraction.replace(/0+$/, '');
  return joinParts({ ...parts, fraction: significant.padEnd(2, '0') });
}
