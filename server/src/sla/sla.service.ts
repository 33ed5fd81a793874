/**
 * Service-level deadlines for the API: checks the line, reads the calendar, and leaves the
 * computation to the domain.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { badInput } from '../domain/rule-violation.js';
import { isSupportLevel, serviceLevelDeadlines } from '../domain/service-levels.js';
import type { BusinessCalendarService } from './business-calendar.service.js';
import { SlaDeadline } from './sla.types.js';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export class SlaService {
  constructor(private readonly calendars: BusinessCalendarService) {}

  async deadline(em: EntityManager, line: number, submittedAt: Date): Promise<SlaDeadline> {
    if (!isSupportLevel(line)) {
      throw badInput('line', `there are support lines 1, 2 and 3; got ${line}`);
    }
    // Beyond these years no calendar will ever be loaded and old dates carry odd offsets.
    const year = submittedAt.getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw badInput('submittedAt', `deadlines are computed for ${FIRST_YEAR}-${LAST_YEAR}`);
    }

    const calendar = await this.calendars.calendar(em);
    const due = serviceLevelDeadlines(calendar, line, submittedAt);

    return Object.assign(new SlaDeadline(), {
      firstResponseDue: due.firstResponseDue,
      firstResponseUsual: due.firstResponseUsual,
      resolutionDueEarliest: due.resolutionDueEarliest,
      resolutionDueLatest: due.resolutionDueLatest,
      calendarKnown: due.calendarKnown,
    });
  }
}
