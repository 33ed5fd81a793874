/**
 * Art. 95 of the Labour Code, as the decrees apply it: the working day right before a public
 * holiday is one hour shorter, and a weekend day worked in place of a weekday that would have
 * been shortened is shortened too (Saturday 1.11.2025 for Monday 3.11.2025). Used to check the
 * shortened days a calendar lists, not to invent them: the decree is what counts.
 */
import {
  isBusinessDay,
  nextDate,
  previousDate,
  type BusinessCalendar,
  type CalendarDay,
} from './business-calendar.js';

/**
 * The dates the rule makes shortened, given the dated exceptions `days` of the calendar's known
 * years, in order; a date in a year the calendar does not know is left out.
 */
export function shortenedDaysByRule(
  calendar: BusinessCalendar,
  days: readonly CalendarDay[],
): string[] {
  const isHoliday = (date: string) => calendar.exceptions.get(date) === 'HOLIDAY';
  const found = new Set<string>();

  for (const { date } of days.filter((day) => day.kind === 'HOLIDAY')) {
    const before = previousDate(date);
    if (isBusinessDay(calendar, before)) found.add(before);
  }

  for (const { date, kind, movedFrom } of days) {
    const standsIn =
      kind === 'TRANSFERRED_DAY_OFF' && movedFrom && isBusinessDay(calendar, movedFrom);
    if (standsIn && isHoliday(nextDate(date))) found.add(movedFrom);
  }

  const known = (date: string) => calendar.knownYears.has(Number(date.slice(0, 4)));
  return [...found].filter(known).sort();
}
