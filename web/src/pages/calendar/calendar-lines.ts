/**
 * The days of a calendar year as a manager pastes them, one a line: `2027-01-01 HOLIDAY Новый
 * год` (date, kind, note); a day off by transfer may name the day it replaces right after its
 * kind (`2027-05-10 TRANSFERRED_DAY_OFF 2027-01-02 перенос`). Blank lines and lines starting
 * with # are skipped. Only the form of a line is checked here; what the dates mean is the
 * server's to check, and each day keeps its line so that an error about `days[3].date` points
 * at the line the manager typed.
 */
import type { CalendarDayInput, CalendarDayKind } from '../../gql/graphql';

/** The kinds of the generated enum: the record must name each, so none can be missed. */
const KINDS: Record<CalendarDayKind, CalendarDayKind> = {
  HOLIDAY: 'HOLIDAY',
  TRANSFERRED_DAY_OFF: 'TRANSFERRED_DAY_OFF',
  WORKING_DAY: 'WORKING_DAY',
  SHORTENED_DAY: 'SHORTENED_DAY',
};

export const DAY_KINDS = Object.values(KINDS);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A line's first word is not a date, or its second not a kind. */
export type LineProblem = 'date' | 'kind';

export interface PastedLine {
  /** 1 for the first line of the text, blank and skipped lines counted. */
  line: number;
  text: string;
}

export interface PastedDay extends PastedLine {
  day: CalendarDayInput;
}

export interface ProblemLine extends PastedLine {
  problem: LineProblem;
}

export interface PastedDays {
  /** In the order typed: the API's `days[i]` is `days[i]` here. */
  days: PastedDay[];
  problems: ProblemLine[];
}

export function parseCalendarLines(text: string): PastedDays {
  const pasted: PastedDays = { days: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = { line: index + 1, text: raw.trim() };
    if (line.text === '' || line.text.startsWith('#')) return;

    const read = readLine(line.text);
    if ('problem' in read) pasted.problems.push({ ...line, problem: read.problem });
    else pasted.days.push({ ...line, day: read });
  });
  return pasted;
}

function readLine(text: string): CalendarDayInput | { problem: LineProblem } {
  const [date = '', kindWord = '', ...rest] = text.split(/\s+/);
  if (!ISO_DATE.test(date)) return { problem: 'date' };
  const kind = kindOf(kindWord);
  if (!kind) return { problem: 'kind' };

  const movedFrom = rest[0] && ISO_DATE.test(rest[0]) ? rest.shift()! : null;
  const note = rest.join(' ') || null;
  return { date, kind, movedFrom, note };
}

function kindOf(word: string): CalendarDayKind | null {
  const upper = word.toUpperCase();
  return Object.hasOwn(KINDS, upper) ? KINDS[upper as CalendarDayKind] : null;
}

/**
 * The pasted line a payload error names: `days[3].date` is the line of the fourth day sent.
 * Null for an error about anything else (the year, the source, the list as a whole).
 */
export function lineOfField(field: string | null, days: readonly PastedDay[]): PastedLine | null {
  const index = /^days\[(\d+)\]/.exec(field ?? '')?.[1];
  const day = index === undefined ? undefined : days[Number(index)];
  return day ? { line: day.line, text: day.text } : null;
}
