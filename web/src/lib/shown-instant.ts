/**
 * An instant shown as a person expects it: in their own time zone, with Moscow time beside it
 * (the support lines keep Moscow hours), and only once when the two read the same.
 */
export const MOSCOW_ZONE = 'Europe/Moscow';

export interface ShownInstant {
  /** In the viewer's time zone: "пн, 27 октября, 16:00", or "27.10.2025, 16:00" in a table. */
  local: string;
  /** The viewer's zone as an offset ("GMT+1"); null when their clock reads as Moscow's. */
  localZone: string | null;
  /**
   * The Moscow wall time, the time alone when the date is the same on both sides ("18:00");
   * null when it reads as the local one.
   */
  moscow: string | null;
}

/**
 * long: the weekday and the month's name, for an instant read on its own; short: a compact
 * date with the year, for a column of them in a table.
 */
export type InstantFormat = 'long' | 'short';

export interface InstantOptions {
  format?: InstantFormat;
  /** Seconds too, where the order within a minute matters (first in, first out). */
  seconds?: boolean;
  locale?: string;
}

const DAYS: Record<InstantFormat, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'short', day: 'numeric', month: 'long' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const TIME_WITH_SECONDS: Intl.DateTimeFormatOptions = { ...TIME, second: '2-digit' };

/** The viewer's time zone as the browser reports it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function showInstant(
  iso: string,
  viewerZone: string,
  { format = 'long', seconds = false, locale = 'ru-RU' }: InstantOptions = {},
): ShownInstant {
  const instant = new Date(iso);
  const day = DAYS[format];
  const time = seconds ? TIME_WITH_SECONDS : TIME;
  const at = (zone: string, parts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...parts, timeZone: zone }).format(instant);

  const local = at(viewerZone, { ...day, ...time });
  const moscow = at(MOSCOW_ZONE, { ...day, ...time });
  if (local === moscow) return { local, localZone: null, moscow: null };

  const sameDay = at(viewerZone, day) === at(MOSCOW_ZONE, day);
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
