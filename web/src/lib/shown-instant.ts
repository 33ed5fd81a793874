/**
 * An instant shown as a person expects it: in their own time zone, with Moscow time beside it
 * (the support lines keep Moscow hours), and only once when the two read the same.
 */
export const MOSCOW_ZONE = 'Europe/Moscow';

export interface ShownInstant {
  /** In the viewer's time zone: "пн, 27 октября, 16:00". */
  local: string;
  /** The viewer's zone as an offset ("GMT+1"); null when their clock reads as Moscow's. */
  localZone: string | null;
  /**
   * The Moscow wall time, the time alone when the date is the same on both sides ("18:00");
   * null when it reads as the local one.
   */
  moscow: string | null;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const WHEN: Intl.DateTimeFormatOptions = { ...DAY, ...TIME };

/** The viewer's time zone as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function showInstant(iso: string, viewerZone: string, locale = 'ru-RU'): ShownInstant {
  const instant = new Date(iso);
  const at = (zone: string, parts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...parts, timeZone: zone }).format(instant);

  const local = at(viewerZone, WHEN);
  const moscow = at(MOSCOW_ZONE, WHEN);
  if (local === moscow) return { local, localZone: null, moscow: null };

  const sameDay = at(viewerZone, DAY) === at(MOSCOW_ZONE, DAY);
  return {
    local,
    localZone: zoneName(instant, viewerZone, locale),
    moscow: sameDay ? at(MOSCOW_ZONE, TIME) : moscow,
  };
}

function zoneName(instant: Date, timeZone: string, locale: string): string | null {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
  return parts.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? null;
}
