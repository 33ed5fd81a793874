/**
 * Whether a support line is open at an instant and when it opens next. A line that works every
 * day keeps its hours on weekends and holidays alike; a business-day line follows the calendar
 * and closes an hour early on a shortened day.
 */
import {
  businessHoursOn,
  hoursOn,
  minutesOfClock,
  moscowDate,
  nextDate,
  type BusinessCalendar,
  type DailyHours,
  type Interval,
} from './business-calendar.js';

/** A line's working hours: "HH:MM" Moscow time, every day or on business days only. */
export interface LineSchedule {
  businessDaysOnly: boolean;
  opensAt: string;
  closesAt: string;
}

export interface LineStatus {
  openNow: boolean;
  /** The next opening; null while the line is open. */
  opensNext: Date | null;
}

/** Far enough for any calendar with a working day a year. */
const MAX_DAYS_AHEAD = 3 * 366;

export function lineStatus(
  calendar: BusinessCalendar,
  schedule: LineSchedule,
  now: Date,
): LineStatus {
  const hours = dailyHours(schedule);
  const openOn = (date: string): Interval | null =>
    schedule.businessDaysOnly ? businessHoursOn(calendar, date, hours) : hoursOn(date, hours);

  let date = moscowDate(now);
  for (let ahead = 0; ahead <= MAX_DAYS_AHEAD; ahead += 1) {
    const open = openOn(date);
    if (open && now < open.end) {
      return now >= open.start
        ? { openNow: true, opensNext: null }
        : { openNow: false, opensNext: open.start };
    }
    date = nextDate(date);
  }
  throw new RangeError(`the line does not open within three years of ${now.toISOString()}`);
}

function dailyHours(schedule: LineSchedule): DailyHours {
  const hours = {
    opens: minutesOfClock(schedule.opensAt),
    closes: minutesOfClock(schedule.closesAt),
  };
  if (hours.opens >= hours.closes) {
    throw new RangeError(`a line opens before it closes: ${schedule.opensAt}-${schedule.closesAt}`);
  }
  return hours;
}
