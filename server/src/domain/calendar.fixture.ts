/**
 * The Moscow calendar of 2025 and 2026 for the domain's tests, written out here because the
 * domain imports nothing outside itself. A test of the sla feature checks that it matches the
 * shipped content file date for date, so the two cannot drift apart.
 */
import { businessCalendar, type CalendarDay, type DayKind } from './business-calendar.js';

const HOLIDAYS = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `2025-01-${day}`),
  '2025-02-23',
  '2025-03-08',
  '2025-05-01',
  '2025-05-09',
  '2025-06-12',
  '2025-11-04',
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `2026-01-${day}`),
  '2026-02-23',
  '2026-03-08',
  '2026-05-01',
  '2026-05-09',
  '2026-06-12',
  '2026-11-04',
];

/** Each day off by transfer with the day off it replaces. */
const TRANSFERRED: Record<string, string> = {
  '2025-05-02': '2025-01-04',
  '2025-05-08': '2025-02-23',
  '2025-06-13': '2025-03-08',
  '2025-11-03': '2025-11-01',
  '2025-12-31': '2025-01-05',
  '2026-01-09': '2026-01-03',
  '2026-03-09': '2026-03-08',
  '2026-05-11': '2026-05-09',
  '2026-12-31': '2026-01-04',
};

const SHORTENED = [
  '2025-03-07',
  '2025-04-30',
  '2025-06-11',
  '2025-11-01',
  '2026-04-30',
  '2026-05-08',
  '2026-06-11',
  '2026-11-03',
];

const day = (kind: DayKind) => (date: string) => ({ date, kind });

export const MOSCOW_DAYS: CalendarDay[] = [
  ...HOLIDAYS.map(day('HOLIDAY')),
  ...Object.entries(TRANSFERRED).map(([date, movedFrom]) => ({
    date,
    kind: 'TRANSFERRED_DAY_OFF' as const,
    movedFrom,
  })),
  ...SHORTENED.map(day('SHORTENED_DAY')),
].sort((a, b) => a.date.localeCompare(b.date));

export const MOSCOW_2025_2026 = businessCalendar(MOSCOW_DAYS, [2025, 2026]);
