/**
 * Loads the years of the business calendar content file into the database. Idempotent: a year
 * already imported from the same content is skipped, a changed one is replaced whole, and a year
 * that staff loaded themselves is left as they loaded it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../logger.js';
import type { CalendarYearContent } from './content/calendar-content.js';
import { BusinessCalendarDayEntity, BusinessCalendarYearEntity } from './entities/index.js';

/** Any constant: two servers starting at once on one database import one after the other. */
const IMPORT_LOCK = 3_140_002;

/** Writes the years that are new or changed; returns the years written. */
export async function importBusinessCalendar(
  em: EntityManager,
  years: readonly CalendarYearContent[],
  log: Logger,
): Promise<number[]> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(?)', [IMPORT_LOCK]);

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

    for (const year of changed) await writeYear(tx, year);

    if (changed.length > 0) {
      log.info({ years: changed.map((year) => year.year) }, 'business calendar imported');
    } else {
      log.debug('business calendar unchanged');
    }
    return changed.map((year) => year.year);
  });
}

/** Replaces one year: its row and every dated exception in it, in the caller's transaction. */
async function writeYear(tx: EntityManager, year: CalendarYearContent): Promise<void> {
  await tx.nativeDelete(BusinessCalendarDayEntity, { year: year.year });
  await tx.upsert(BusinessCalendarYearEntity, {
    year: year.year,
    source: year.source,
    contentHash: year.hash,
    loadedAt: new Date(),
  });

  if (year.days.length === 0) return;
  await tx.insertMany(
    BusinessCalendarDayEntity,
    year.days.map((day) => ({
      date: day.date,
      year: year.year,
      kind: day.kind,
      movedFrom: day.movedFrom ?? null,
      note: day.note ?? null,
    })),
  );
}
