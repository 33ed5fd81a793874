/**
 * Exact decimal arithmetic for expected values, on BigInt, so a test never computes an amount
 * with a JavaScript float (0.1 x 0.6 x 2500 must be exactly 150.00).
 */

interface Scaled {
  units: bigint;
  scale: number;
}

function parse(text: string): Scaled {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign = '', whole = '', fraction = ''] = match;
  return { units: BigInt(`${sign}${whole}${fraction}`), scale: fraction.length };
}

/** The product of decimal strings, rounded half-up to `places` and written with that many. */
export function multiply(places: number, ...factors: string[]): string {
  const product = factors.map(parse).reduce((a, b) => ({
    units: a.units * b.units,
    scale: a.scale + b.scale,
  }));
  return format(roundHalfUp(product, places), places);
}

function roundHalfUp({ units, scale }: Scaled, places: number): bigint {
  if (scale <= places) return units * 10n ** BigInt(places - scale);
  const divisor = 10n ** BigInt(scale - places);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

function format(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}
