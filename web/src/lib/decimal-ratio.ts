/**
 * What share one exact decimal is of another, in whole percent, for progress bars. Done on
 * integers (BigInt, both scaled to the same number of decimals) so that no float is involved.
 */
import { decimalParts } from './decimal-format';

/** `part` as a whole percentage of `whole`, rounded down, kept within 0-100. */
export function percentOf(part: string, whole: string): number {
  const a = decimalParts(part);
  const b = decimalParts(whole);
  if (!a || !b || a.negative || b.negative) return 0;

  const scale = Math.max(a.fraction.length, b.fraction.length);
  const scaled = (p: { whole: string; fraction: string }) =>
    BigInt(p.whole + p.fraction.padEnd(scale, '0'));
  const denominator = scaled(b);
  if (denominator === 0n) return 0;

  const percent = (scaled(a) * 100n) / denominator;
  return Number(percent > 100n ? 100n : percent);
}
