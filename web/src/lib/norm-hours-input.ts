/**
 * Norm-hours typed by a person (a top-up, an adjustment, a pledge), turned into what the ledger
 * accepts: a decimal with a dot and at most two decimals (0.01 is the smallest step), never
 * zero. "2,5" becomes "2.5"; a minus is allowed only where hours may be taken off (an
 * adjustment). Nothing invalid is ever sent.
 */
import { parseDecimalInput } from './decimal-input';

export type HoursProblem = 'notNumber' | 'zero' | 'negative' | 'tooPrecise' | 'tooLarge';

export type ParsedHours =
  | { state: 'empty' }
  | { state: 'valid'; value: string }
  | { state: 'invalid'; problem: HoursProblem };

/** Hours go to 0.01 on the ledger. */
const MAX_FRACTION_DIGITS = 2;
/** A leading sign, the typographic minus included, and any space after it. */
const SIGN = /^([-\u2212+])\s*/;

/** "2,5" gives "2.5"; with `signed`, "−1,25" gives "-1.25". */
export function parseNormHours(text: string, { signed }: { signed: boolean }): ParsedHours {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'empty' };

  const sign = SIGN.exec(trimmed)?.[1];
  const minus = sign === '-' || sign === '\u2212';
  if (minus && !signed) return invalid('negative');

  const parsed = parseDecimalInput(trimmed.replace(SIGN, ''));
  if (parsed.state === 'empty') return invalid('notNumber');
  if (parsed.state === 'invalid') {
    const { problem } = parsed;
    return invalid(problem === 'tooPrecise' || problem === 'tooLarge' ? problem : 'notNumber');
  }

  const fraction = parsed.value.split('.')[1] ?? '';
  if (fraction.length > MAX_FRACTION_DIGITS) return invalid('tooPrecise');
  if (/^[0.]+$/.test(parsed.value)) return invalid('zero');
  return { state: 'valid', value: minus ? `-${parsed.value}` : parsed.value };
}

function invalid(problem: HoursProblem): ParsedHours {
  return { state: 'invalid', problem };
}
