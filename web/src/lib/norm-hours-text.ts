/**
 * Norm-hours as every page writes them: "42,50 н·ч", the unit kept on the number's line. The
 * unit is spelled here once, so the request, balance, desk and crowdfunding pages agree.
 */
import { formatNormHours, NO_BREAK_SPACE } from './decimal-format';

/** The one spelling of the norm-hour unit. */
export const NORM_HOURS_UNIT = 'н·ч';

export function normHoursText(value: string): string {
  return `${formatNormHours(value)}${NO_BREAK_SPACE}${NORM_HOURS_UNIT}`;
}

/** With its sign, as a move of hours: "+2,50 н·ч", "−1,50 н·ч". */
export function signedNormHoursText(value: string): string {
  const text = normHoursText(value);
  return value.trim().startsWith('-') ? text : `+${text}`;
}
