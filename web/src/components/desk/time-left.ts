/**
 * Whole minutes to a deadline as a person reads them: "3 ч 20 мин", "1 д 4 ч", "45 мин". Days
 * are clock days (24 hours), as the API counts minutes in clock time.
 */
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

export function durationText(totalMinutes: number): string {
  const minutes = Math.abs(Math.trunc(totalMinutes));
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  const hours = Math.floor((minutes % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const rest = minutes % MINUTES_PER_HOUR;

  if (days > 0) return hours > 0 ? `${days} д ${hours} ч` : `${days} д`;
  if (hours > 0) return rest > 0 ? `${hours} ч ${rest} мин` : `${hours} ч`;
  return `${rest} мин`;
}
