/** How a ledger entry is shown: its date in Moscow time, its signed hours, a reserve move. */
import { formatNormHours } from '../../lib/decimal-format';

const MOSCOW_DATE = new Intl.DateTimeFormat('ru-RU', {
  timeZone: 'Europe/Moscow',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-01-31T21:30:00.000Z" shows as "01.02.2026, 00:30" (Moscow). */
export function formatMoscowDate(iso: string): string {
  return MOSCOW_DATE.format(new Date(iso));
}

/** Hours with their sign: "+40,00", "−1,00" (a typographic minus). */
export function formatSignedHours(value: string): string {
  const shown = formatNormHours(value);
  return value.trim().startsWith('-') ? shown : `+${shown}`;
}

/** A hold or its release: hours set aside or given back, the balance itself unchanged. */
export function isReserveMove(kind: string): boolean {
  return kind === 'HOLD' || kind === 'RELEASE';
}
