/**
 * Money as the Russian reader expects it: "1 250,00 ₽". Amounts come from the API as exact
 * decimal strings and are formatted as text; rounding is the server's job, so digits beyond
 * kopecks are kept rather than rounded here.
 */
import { decimalParts, joinParts, NO_BREAK_SPACE } from './decimal-format';

const CURRENCY_SIGNS: Record<string, string> = { RUB: '₽' };

export interface MoneyValue {
  amount: string;
  currency: string;
}

/** "2250.00" RUB becomes "2 250,00 ₽"; kopecks are always shown. */
export function formatMoney({ amount, currency }: MoneyValue): string {
  const sign = CURRENCY_SIGNS[currency] ?? currency;
  const parts = decimalParts(amount);
  if (!parts) return `${amount}${NO_BREAK_SPACE}${sign}`;

  const fraction = parts.fraction.padEnd(2, '0');
  return `${joinParts({ ...parts, fraction })}${NO_BREAK_SPACE}${sign}`;
}
