/**
 * The full business days a line 3 request gets to be resolved, as a manager or specialist types
 * them: a whole number from 1 to 250 (about a working year; more is a typing slip), or nothing,
 * which leaves the days set before, if any.
 */
import { parseCountInput } from '../../lib/decimal-input';

/** The server's bound. */
export const MAX_RESOLUTION_DAYS = 250;

export type ParsedResolutionDays =
  { state: 'empty' } | { state: 'valid'; value: number } | { state: 'invalid' };

export function parseResolutionDays(text: string): ParsedResolutionDays {
  const parsed = parseCountInput(text);
  if (parsed.state === 'empty') return parsed;
  if (parsed.state === 'valid' && parsed.value >= 1 && parsed.value <= MAX_RESOLUTION_DAYS) {
    return parsed;
  }
  return { state: 'invalid' };
}
