/** Norm-hours as the desk writes them: "42,50 н·ч", the unit kept on the number's line. */
import { formatNormHours, NO_BREAK_SPACE } from '../../lib/decimal-format';
import { messages } from './messages';

export function normHoursText(value: string): string {
  return `${formatNormHours(value)}${NO_BREAK_SPACE}${messages.hoursUnit}`;
}

/** With its sign, as a move of hours: "+2,50 н·ч", "−1,50 н·ч". */
export function signedNormHoursText(value: string): string {
  const text = normHoursText(value);
  return value.trim().startsWith('-') ? text : `+${text}`;
}
