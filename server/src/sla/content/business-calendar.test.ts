import { describe, expect, it } from 'vitest';

import { MOSCOW_DAYS } from '../../domain/calendar.fixture.js';
import {
  businessCalendar,
  businessHoursOn,
  nextDate,
  type BusinessCalendar,
} from '../../domain/business-calendar.js';
import { shortenedDaysByRule } from '../../domain/pre-holiday-days.js';
import { calendarDays, loadCalendarContent } from './calendar-content.js';

const years = loadCalendarContent();
const days = calendarDays(years);
const calendar = businessCalendar(
  days,
  years.map((year) => year.year),
);

describe('the business calendar content file', () => {
  it('holds 2025 and 2026, each citing its decree', () => {
    expect(years.map((year) => [year.year, year.source])).toEqual([
      [2025, expect.stringMatching(/04\.10\.2024 № 1335/)],
      [2026, expect.stringMatching(/24\.09\.2025 № 1466/)],
    ]);
  });

  it("is, date for date, the calendar the domain's tests run on", () => {
    expect(days).toEqual(MOSCOW_DAYS.map((day) => ({ movedFrom: null, ...day })));
  });

  // Not 7.05.2025 nor 30.12.2025: the next day is off by transfer, not a holiday.
  it('lists exactly the shortened days that art. 95 gives', () => {
    const listed = days.filter((day) => day.kind === 'SHORTENED_DAY').map((day) => day.date);
    expect(shortenedDaysByRule(calendar, days)).toEqual(listed);
  });

  it.each([
    // The production calendars published from the decrees give these norms.
    [2025, 247, 1972],
    [2026, 247, 1972],
  ])('%i: %i working days, %i hours of a 40-hour week', (year, workDays, hours) => {
    expect(workingTime(calendar, year)).toEqual({ days: workDays, hours });
  });

  it('lists the days off of the 2026 decree (DESIGN.md)', () => {
    const off = [
      ['2025-12-31', '2026-01-11'],
      ['2026-02-21', '2026-02-23'],
      ['2026-03-07', '2026-03-09'],
      ['2026-05-01', '2026-05-03'],
      ['2026-05-09', '2026-05-11'],
      ['2026-06-12', '2026-06-14'],
      ['2026-11-04', '2026-11-04'],
      ['2026-12-31', '2026-12-31'],
    ];
    for (const [first, last] of off) {
      for (let date = first!; date <= last!; date = nextDate(date)) {
        expect(businessHoursOn(calendar, date), date).toBeNull();
      }
    }
  });
});

/** Working days of a year and their hours at 8 a day, 7 on a shortened one. */
function workingTime(calendar: BusinessCalendar, year: number) {
  let workDays = 0;
  let ms = 0;
  for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = nextDate(date)) {
    const open = businessHoursOn(calendar, date);
    if (!open) continue;
    workDays += 1;
    ms += open.end.getTime() - open.start.getTime();
  }
  return { days: workDays, hours: ms / 3_600_000 };
}
