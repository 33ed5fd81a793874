/**
 * The rows of an estimate being written: each row's title and hours as typed, checked, and
 * priced as the server will price them, with the total.
 */
import {
  estimatePrice,
  totalPrice,
  type Price,
  type RequestTerms,
} from '../../components/request/request-price';
import {
  parseStageHours,
  type StageHoursProblem,
} from '../../components/request/stage-hours-input';

export interface EstimateRow {
  /** Stays with the row when another is removed, so inputs keep their text. */
  key: number;
  title: string;
  hours: string;
}

export interface CheckedRow {
  titleMissing: boolean;
  hoursMissing: boolean;
  hoursProblem: StageHoursProblem | null;
  /** The row's hours in the API's form, once they are valid. */
  hours: string | null;
  price: Price | null;
}

export function checkRow(row: EstimateRow, terms: RequestTerms): CheckedRow {
  const parsed = parseStageHours(row.hours);
  const hours = parsed.state === 'valid' ? parsed.value : null;
  return {
    titleMissing: row.title.trim() === '',
    hoursMissing: parsed.state === 'empty',
    hoursProblem: parsed.state === 'invalid' ? parsed.problem : null,
    hours,
    price: hours === null ? null : estimatePrice(hours, terms),
  };
}

/** The total of the rows priced so far. */
export function totalOf(rows: readonly CheckedRow[], terms: RequestTerms): Price {
  return totalPrice(
    rows.flatMap((row) => (row.price ? [row.price.normHours] : [])),
    terms,
  );
}

export function rowIsComplete(row: CheckedRow): boolean {
  return !row.titleMissing && row.hours !== null;
}
