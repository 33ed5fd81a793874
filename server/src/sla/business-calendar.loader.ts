/**
 * A manager's load of one year of the business calendar. The year is checked whole before
 * anything is written, then written in one transaction or not at all, so no year is ever known
 * half-loaded. It carries no content hash: the content file never overwrites it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import { RuleViolation } from '../domain/rule-violation.js';
import {
  loadProblems,
  trimmed,
  type CalendarYearLoad,
  type LoadDay,
} from './business-calendar.load-input.js';
import { summaryOf, type CalendarYearSummary } from './business-calendar.service.js';
import { lockCalendar, writeYear } from './business-calendar.writer.js';
import { BusinessCalendarDayEntity, BusinessCalendarYearEntity } from './entities/index.js';

/** The year as stored, and whether this load wrote it; or why nothing was stored. */
export type LoadOutcome =
  | { year: CalendarYearSummary; written: boolean; errors: [] }
  | { year: null; written: false; errors: RuleViolation[] };

export class BusinessCalendarLoader {
  async load(em: EntityManager, request: CalendarYearLoad): Promise<LoadOutcome> {
    const load = trimmed(request);
    const problems = loadProblems(load);
    if (problems.length > 0) return { year: null, written: false, errors: problems };

    return em.transactional(async (tx): Promise<LoadOutcome> => {
      await lockCalendar(tx);
      const stored = await tx.findOne(BusinessCalendarYearEntity, { year: load.year });
      if (stored) {
        const days = await tx.find(BusinessCalendarDayEntity, { year: load.year });
        if (sameContent(stored.source, days, load)) {
          return { year: summaryOf(stored, days.length), written: false, errors: [] };
        }
        if (!load.replace) return { year: null, written: false, errors: [alreadyLoaded(stored)] };
      }

      const loadedAt = await writeYear(tx, { ...load, contentHash: null });
      const { year, source, days } = load;
      const summary = { year, source, dayCount: days.length, loadedAt, loadedByStaff: true };
      return { year: summary, written: true, errors: [] };
    });
  }
}

/** The same decree and the same days, in any order: loading it again changes nothing. */
function sameContent(
  source: string,
  stored: readonly BusinessCalendarDayEntity[],
  load: CalendarYearLoad,
): boolean {
  return source === load.source && contentKey(stored) === contentKey(load.days);
}

function contentKey(days: readonly LoadDay[]): string {
  return days
    .map(({ date, kind, movedFrom, note }) => JSON.stringify([date, kind, movedFrom, note]))
    .sort()
    .join('\n');
}

function alreadyLoaded(stored: BusinessCalendarYearEntity): RuleViolation {
  const by = stored.contentHash === null ? 'by staff' : 'from the content file';
  return new RuleViolation(
    'YEAR_ALREADY_LOADED',
    'year',
    `${stored.year} is loaded already (${by}) with other days or another source; ` +
      'send replace: true to replace it.',
  );
}
