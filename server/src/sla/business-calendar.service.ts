/** Reads the business calendar from the database: the years it knows and their exceptions. */
import type { EntityManager } from '@mikro-orm/postgresql';

import { businessCalendar, type BusinessCalendar } from '../domain/business-calendar.js';
import { BusinessCalendarDayEntity, BusinessCalendarYearEntity } from './entities/index.js';

/** A year the calendar knows, as staff see it listed. */
export interface CalendarYearSummary {
  year: number;
  source: string;
  dayCount: number;
  loadedAt: Date;
  /** True when staff loaded it: the content file no longer replaces it. */
  loadedByStaff: boolean;
}

export class BusinessCalendarService {
  /** The whole calendar: a few dozen rows a year, read per request so every instance agrees. */
  async calendar(em: EntityManager): Promise<BusinessCalendar> {
    const [years, days] = await Promise.all([
      em.find(BusinessCalendarYearEntity, {}),
      em.find(BusinessCalendarDayEntity, {}),
    ]);
    return businessCalendar(
      days.map(({ date, kind, movedFrom }) => ({ date, kind, movedFrom })),
      years.map((row) => row.year),
    );
  }

  /** Every year loaded, oldest first, with how many dated exceptions it has. */
  async years(em: EntityManager): Promise<CalendarYearSummary[]> {
    const [years, days] = await Promise.all([
      em.find(BusinessCalendarYearEntity, {}, { orderBy: { year: 'asc' } }),
      em.find(BusinessCalendarDayEntity, {}),
    ]);
    const counts = new Map<number, number>();
    for (const { year } of days) counts.set(year, (counts.get(year) ?? 0) + 1);
    return years.map((row) => summaryOf(row, counts.get(row.year) ?? 0));
  }
}

export function summaryOf(row: BusinessCalendarYearEntity, dayCount: number): CalendarYearSummary {
  return {
    year: row.year,
    source: row.source,
    dayCount,
    loadedAt: row.loadedAt,
    loadedByStaff: row.contentHash === null,
  };
}
