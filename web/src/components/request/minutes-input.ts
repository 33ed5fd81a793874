/**
 * Time a person types into "how long": "1:30" (hours and minutes) or "90" (whole minutes). Time
 * is logged in whole minutes, 1 to a day per entry, so anything else is named as a problem
 * beside the field rather than guessed at.
 */
export type MinutesProblem = 'notTime' | 'badMinutes' | 'zero' | 'tooLong';

export type ParsedMinutes =
  | { state: 'empty' }
  | { state: 'valid'; minutes: number }
  | { state: 'invalid'; problem: MinutesProblem };

/** One entry of logged time is at most a day, as the API says. */
export const MAX_MINUTES = 24 * 60;

const HOURS_AND_MINUTES = /^(\d{1,2}):(\d{2})$/;
const WHOLE_MINUTES = /^\d{1,4}$/;

export function parseMinutesInput(text: string): ParsedMinutes {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { state: 'empty' };

  const clock = HOURS_AND_MINUTES.exec(trimmed);
  if (clock && Number(clock[2]) > 59) return { state: 'invalid', problem: 'badMinutes' };
  if (!clock && !WHOLE_MINUTES.test(trimmed)) return { state: 'invalid', problem: 'notTime' };

  const minutes = clock ? Number(clock[1]) * 60 + Number(clock[2]) : Number(trimmed);
  if (minutes === 0) return { state: 'invalid', problem: 'zero' };
  if (minutes > MAX_MINUTES) return { state: 'invalid', problem: 'tooLong' };
  return { state: 'valid', minutes };
}

/** Minutes as h:mm, the way the API writes them: 50 is "0:50", 90 is "1:30". */
export function formatMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
