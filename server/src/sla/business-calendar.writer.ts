/**
 * Writes one year of the business calendar, for the file importer and a manager's load alike:
 * the year's row and its dated exceptions replaced whole, inside the caller's transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

import type { CalendarDay } from '../domain/business-calendar.js';
import { BusinessCalendarDayEntity, BusinessCalendarYearEntity } from './entities/index.js';

/** Any constant: the importer and a manager's load on one database write one after the other. */
export const CALENDAR_LOCK = 3_140_002;

/** One year as it is written: its decree, its dated exceptions, and the file's digest if any. */
export interface CalendarYearToWrite {
  year: number;
  source: string;
  days: readonly (CalendarDay & { note?: string | null })[];
  /** The digest of the content file's year; null when staff loaded it. */
  contentHash: string | null;
}

/** Takes the lock that orders every writer of the calendar until the transaction ends. */
export async function lockCalendar(tx: EntityManager): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(?)', [CALENDAR_LOCK]);
}

/**
 * Replaces one year: its row and every dated exception in it, in the caller's transaction.
 * Returns the time it stamped on the year.
 */
export async function writeYear(tx: EntityManager, year: CalendarYearToWrite): Promise<Date> {
  const loadedAt = new Date();
  await tx.nativeDelete(BusinessCalendarDayEntity, { year: year.year });
  await tx.upsert(BusinessCalendarYearEntity, {
    year: year.year,
    source: year.source,
    contentHash: year.contentHash,
    loadedAt,
  });

  if (year.days.length === 0) return loadedAt;
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
  return loadedAt;
}
