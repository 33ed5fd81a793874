/**
 * An instant in a table cell: a compact date and time in the viewer's zone, and the Moscow
 * wall time beside it when the two read differently (staff work on Moscow hours, customers and
 * staff may sit anywhere). The long, weekday form for a single instant is lib/shown-instant.
 */
import { MOSCOW_ZONE, type ShownInstant } from '../../lib/shown-instant';

const DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const TIME_WITH_SECONDS: Intl.DateTimeFormatOptions = { ...TIME, second: '2-digit' };

export interface TableInstantOptions {
  /** Seconds too, where the order within a minute matters (first in, first out). */
  seconds?: boolean;
  locale?: string;
}

/** "04.12.2026, 18:33" in the viewer's zone; Moscow's "21:33" beside, or its date when other. */
export function showTableInstant(
  iso: string,
  viewerZone: string,
  { seconds = false, locale = 'ru-RU' }: TableInstantOptions = {},
): ShownInstant {
  const instant = new Date(iso);
  const time = seconds ? TIME_WITH_SECONDS : TIME;
  const at = (zone: string, parts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...parts, timeZone: zone }).format(instant);

  const local = at(viewerZone, { ...DAY, ...time });
  const moscow = at(MOSCOW_ZONE, { ...DAY, ...time });
  if (local === moscow) return { local, localZone: null, moscow: null };

  const sameDay = at(viewerZone, DAY) === at(MOSCOW_ZONE, DAY);
  return {
    local,
    localZone: zoneName(instant, viewerZone, locale),
    moscow: sameDay ? at(MOSCOW_ZONE, time) : moscow,
  };
}

function zoneName(instant: Date, timeZone: string, locale: string): string | null {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
  return parts.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? null;
}
