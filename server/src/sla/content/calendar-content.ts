/**
 * Reads and checks the business calendar content file: each year's dated exceptions with the
 * decree they come from. A bad edit stops the start before anything is written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { ContentError } from '../../catalogue/content/load-content.js';
import { DAY_KINDS, type CalendarDay } from '../../domain/business-calendar.js';
import { checkCalendarYear } from '../../domain/calendar-year.js';
import { SERVER_ROOT } from '../../paths.js';

export const CALENDAR_FILE = path.join(
  SERVER_ROOT,
  'src',
  'sla',
  'content',
  'business-calendar.json',
);

const isoDate = z.string().regex(/^\d{4}-\d\d-\d\d$/, 'an ISO date such as "2025-05-08"');

const daySchema = z
  .object({
    date: isoDate,
    kind: z.enum(DAY_KINDS),
    movedFrom: isoDate.optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

const yearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().trim().min(1),
    days: z.array(daySchema),
  })
  .strict();

const fileSchema = z.object({ about: z.string(), years: z.array(yearSchema).min(1) }).strict();

export type CalendarDayContent = z.infer<typeof daySchema>;

/** One year of the file, with a digest that tells whether the database holds it already. */
export interface CalendarYearContent {
  year: number;
  source: string;
  days: CalendarDayContent[];
  hash: string;
}

export function loadCalendarContent(file: string = CALENDAR_FILE): CalendarYearContent[] {
  const name = path.basename(file);
  const parsed = fileSchema.safeParse(readJson(file));
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new ContentError(`${name} does not match its schema:\n  ${issues.join('\n  ')}`);
  }

  const years = parsed.data.years;
  checkYears(name, years);
  return years.map((year) => ({ ...year, hash: digest(year) }));
}

/** The dated exceptions of the years, as the domain takes them. */
export function calendarDays(years: readonly CalendarYearContent[]): CalendarDay[] {
  return years.flatMap((year) =>
    year.days.map(({ date, kind, movedFrom }) => ({ date, kind, movedFrom: movedFrom ?? null })),
  );
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`${path.basename(file)} is not valid JSON: ${(error as Error).message}`);
  }
}

function checkYears(name: string, years: readonly z.infer<typeof yearSchema>[]): void {
  const seen = new Set<number>();
  for (const { year, days } of years) {
    if (seen.has(year)) throw new ContentError(`${name}: the year ${year} appears twice`);
    seen.add(year);

    const problems = checkCalendarYear(year, days).map((problem) => problem.message);
    if (problems.length > 0) {
      throw new ContentError(`${name}, year ${year}:\n  ${problems.join('\n  ')}`);
    }
  }
}

function digest(year: z.infer<typeof yearSchema>): string {
  return createHash('sha256').update(JSON.stringify(year)).digest('hex');
}
