/**
 * How a request's deadlines read: each instant in the viewer's zone with Moscow time beside it,
 * spans of time in days, hours and minutes, and the state as a badge's words and colour.
 */
import type { SlaState } from '../../gql/graphql';
import { showInstant } from '../../lib/shown-instant';
import { messages } from './messages';

export type { SlaState };

/** Green on time, amber at risk, red breached, grey when nothing is pending. */
export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral';

const TONES: Record<SlaState, BadgeTone> = {
  ON_TIME: 'success',
  AT_RISK: 'warning',
  BREACHED: 'danger',
  MET: 'neutral',
  NONE: 'neutral',
};

export interface ShownDeadline {
  iso: string;
  /** The viewer's time, saying so when Moscow's reads otherwise. */
  local: string;
  /** Moscow's time beside it; null when the viewer's clock reads as Moscow's. */
  moscow: string | null;
}

export function badgeOf(state: SlaState): { label: string; tone: BadgeTone } {
  return { label: messages.state[state], tone: TONES[state] };
}

/** How a request still open warns staff: amber at risk, red breached; null when it need not. */
export function warningOf(state: SlaState): 'warning' | 'danger' | null {
  const tone = TONES[state];
  return tone === 'warning' || tone === 'danger' ? tone : null;
}

export function showDeadline(iso: string, viewerZone: string): ShownDeadline {
  const shown = showInstant(iso, viewerZone);
  if (!shown.moscow) return { iso, local: `${shown.local} ${messages.moscowTime}`, moscow: null };

  const zone = shown.localZone ? ` (${shown.localZone})` : '';
  return {
    iso,
    local: `${shown.local} ${messages.yourTime}${zone}`,
    moscow: `${shown.moscow} ${messages.moscowTime}`,
  };
}

/**
 * Minutes as "2 ч 05 мин". Clock time of two days or more reads in days and hours; business
 * time never does, as a business day is not 24 hours.
 */
export function durationText(minutes: number, inDays = false): string {
  const { days: d, hours: h, minutes: m } = messages.units;
  const whole = Math.abs(Math.trunc(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;

  if (inDays && hours >= 48) {
    const days = Math.floor(hours / 24);
    return hours % 24 === 0 ? `${days} ${d}` : `${days} ${d} ${hours % 24} ${h}`;
  }
  if (hours === 0) return `${rest} ${m}`;
  return rest === 0 ? `${hours} ${h}` : `${hours} ${h} ${String(rest).padStart(2, '0')} ${m}`;
}

/** "осталось 3 ч", "просрочено на 2 дн. 4 ч"; null when no deadline counts. */
export function timeLeftText(minutes: number | null): string | null {
  if (minutes === null) return null;
  const text = durationText(minutes, true);
  return minutes < 0 ? messages.overdue(text) : messages.left(text);
}

/** The time paused, in business time on lines 2-3 and in clock time on line 1. */
export function pausedText(minutes: number, line: number): string {
  if (minutes === 0) return messages.pausedNone;
  const kind = line === 1 ? messages.pausedClock : messages.pausedBusiness;
  return `${durationText(minutes)} ${kind}`;
}
