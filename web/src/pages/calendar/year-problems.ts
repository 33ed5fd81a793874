/**
 * Why a year was not loaded, sorted for the form: the year's and the source's errors beside
 * their fields, every other one in a list, those about a day with the pasted line it came from.
 */
import { lineOfField, type PastedDay, type PastedLine } from './calendar-lines';
import { messages } from './messages';

export interface PayloadError {
  field?: string | null;
  code: string;
  message: string;
}

export interface ShownProblem {
  /** The pasted line at fault; null when the list as a whole is. */
  line: PastedLine | null;
  code: string;
  /** In Russian, from the code. */
  text: string;
  /** The server's own words. */
  detail: string;
}

export interface YearProblems {
  year: string | null;
  source: string | null;
  /** The list's problems first, then the lines' in the order of the text. */
  rows: ShownProblem[];
}

export function sortYearProblems(
  errors: readonly PayloadError[],
  sent: readonly PastedDay[],
): YearProblems {
  const sorted: YearProblems = { year: null, source: null, rows: [] };
  for (const error of errors) {
    const text = messages.problems.codes[error.code] ?? messages.problems.other;
    if (error.field === 'year' || error.field === 'source') {
      sorted[error.field] ??= `${text} ${messages.problems.detail}: ${error.message}`;
      continue;
    }
    const line = lineOfField(error.field ?? null, sent);
    sorted.rows.push({ line, code: error.code, text, detail: error.message });
  }
  sorted.rows.sort((a, b) => (a.line?.line ?? 0) - (b.line?.line ?? 0));
  return sorted;
}
