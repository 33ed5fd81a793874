/** Reads the business calendar from the database: the years it knows and their exceptions. */
import type { EntityManager } from '@mikro-orm/postgresql';

import { businessCalendar, type BusinessCalendar } from '../domain/business-calendar.js';
import { BusinessCalendarDayEntity, BusinessCalendarYearEntity } from './entities/index.js';

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
}
