/**
 * Loads the years of the business calendar content file into the database. Idempotent: a year
 * already imported from the same content is skipped, a changed one is replaced whole, and a year
 * that staff loaded themselves is left as they loaded it. A year the file does not list is never
 * touched, so a year a manager loaded ahead of the file stays.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../logger.js';
import { lockCalendar, writeYear } from './business-calendar.writer.js';
import type { CalendarYearContent } from './content/calendar-content.js';
import { BusinessCalendarYearEntity } from './entities/index.js';

/** Writes the years that are new or changed; returns the years written. */
export async function importBusinessCalendar(
  em: EntityManager,
  years: readonly CalendarYearContent[],
  log: Logger,
): Promise<number[]> {
  return em.transactional(async (tx) => {
    await lockCalendar(tx);

    const stored = new Map(
      (await tx.find(BusinessCalendarYearEntity, {})).map((row) => [row.year, row]),
    );
    const keptByStaff = years.filter((year) => stored.get(year.year)?.contentHash === null);
    const changed = years.filter((year) => {
      const row = stored.get(year.year);
      return !row || (row.contentHash !== null && row.contentHash !== year.hash);
    });

    if (keptByStaff.length > 0) {
      const kept = keptByStaff.map((year) => year.year);
      log.info(
        { years: kept },
        'calendar years loaded by staff kept; the file does not replace them',
      );
    }

    for (const year of changed) await writeYear(tx, { ...year, contentHash: year.hash });

    if (changed.length > 0) {
      log.info({ years: changed.map((year) => year.year) }, 'business calendar imported');
    } else {
      log.debug('business calendar unchanged');
    }
    return changed.map((year) => year.year);
  });
}
