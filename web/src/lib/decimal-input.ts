/**
 * What a person types into a number field, turned into what the API accepts. The API takes
 * decimals only with a dot and counts only as whole numbers; people type commas, stray letters
 * and minus signs, so each field is checked here and nothing invalid is ever sent.
 */

export type InputProblem = 'notNumber' | 'negative' | 'notWhole' | 'tooPrecise' | 'tooLarge';

export type ParsedInput<T> =
  { state: 'empty' } | { state: 'valid'; value: T } | { state: 'invalid'; problem: InputProblem };

/** The API's Decimal: at most 12 digits before the point and 6 after. */
const MAX_WHOLE_DIGITS = 12;
const MAX_FRACTION_DIGITS = 6;

/** The API's Int is 32-bit; no course plan comes near this. */
const MAX_COUNT = 100_000;

const UNSIGNED_DECIMAL = /^(\d*)(?:[.,](\d*))?$/;

/**
 * "1,5" and "1.5" become "1.5"; "0,10" becomes "0.1"; ",5" becomes "0.5". Letters, a second
 * separator, a sign or an exponent make the text invalid.
 */
export function parseDecimalInput(text: string): ParsedInput<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'empty' };

  const negative = trimmed.startsWith('-') || trimmed.startsWith('\u2212');
  const match = UNSIGNED_DECIMAL.exec(negative ? trimmed.slice(1) : trimmed);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || whole + fraction === '') return invalid('notNumber');
  if (negative) return invalid('negative');

  const wholeDigits = whole.replace(/^0+(?=\d)/, '') || '0';
  const fractionDigits = fraction.replace(/0+$/, '');
  if (wholeDigits.length > MAX_WHOLE_DIGITS) return invalid('tooLarge');
  if (fractionDigits.length > MAX_FRACTION_DIGITS) return invalid('tooPrecise');

  const value = fractionDigits ? `${wholeDigits}.${fractionDigits}` : wholeDigits;
  return { state: 'valid', value };
}

/** A count of course elements: a whole number from 0 up. */
export function parseCountInput(text: string): ParsedInput<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'empty' };
  if (/^[-\u2212]\d+([.,]\d*)?$/.test(trimmed)) return invalid('negative');
  if (/^\d*[.,]\d*$/.test(trimmed) && /\d/.test(trimmed)) return invalid('notWhole');
  if (!/^\d+$/.test(trimmed)) return invalid('notNumber');

  const value = Number(trimmed);
  if (value > MAX_COUNT) return invalid('tooLarge');
  return { state: 'valid', value };
}

function invalid(problem: InputProblem): { state: 'invalid'; problem: InputProblem } {
  return { state: 'invalid', problem };
}
