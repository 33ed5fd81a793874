/** The Russian form of a word after a count: 1 этап, 2 этапа, 5 этапов, 11 этапов, 21 этап. */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (ones === 1) return one;
  if (ones >= 2 && ones <= 4) return few;
  return many;
}
