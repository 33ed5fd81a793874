/** Whether each support line is open at an instant: its hours laid on the business calendar. */
import type { EntityManager } from '@mikro-orm/postgresql';

import { lineStatus, type LineStatus } from '../domain/support-hours.js';
import type { BusinessCalendarService } from './business-calendar.service.js';

/** A line's hours as the catalogue keeps them. */
export interface LineHours {
  weekdaysOnly: boolean;
  opensAt: string;
  closesAt: string;
}

export class SupportHoursService {
  constructor(private readonly calendars: BusinessCalendarService) {}

  /** One reading of the calendar and the clock, then the status of any line at that instant. */
  async statusAt(em: EntityManager, now: Date): Promise<(line: LineHours) => LineStatus> {
    const calendar = await this.calendars.calendar(em);

    return (line) =>
      lineStatus(
        calendar,
        { businessDaysOnly: line.weekdaysOnly, opensAt: line.opensAt, closesAt: line.closesAt },
        now,
      );
  }
}
