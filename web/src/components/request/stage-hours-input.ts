/**
 * Hours of an estimate's stage as a person types them: a comma or a dot, more than zero, to
 * 0.01 at most and no more than the API takes. The value is the API's form, with a dot.
 */
import { compareDecimals } from '../../lib/decimal-arithmetic';
import { parseDecimalInput } from '../../lib/decimal-input';

export type StageHoursProblem = 'notNumber' | 'negative' | 'zero' | 'tooPrecise' | 'tooLarge';

export type ParsedStageHours =
  | { state: 'empty' }
  | { state: 'valid'; value: string }
  | { state: 'invalid'; problem: StageHoursProblem };

/** A stage takes at most this many hours (the server's rule). */
const MAX_STAGE_HOURS = '10000';
const MAX_PLACES = 2;

export function parseStageHours(text: string): ParsedStageHours {
  const parsed = parseDecimalInput(text);
  if (parsed.state === 'empty') return parsed;
  if (parsed.state === 'invalid') {
    const problem = parsed.problem === 'notWhole' ? 'notNumber' : parsed.problem;
    return { state: 'invalid', problem };
  }

  const fraction = parsed.value.split('.')[1] ?? '';
  if (fraction.length > MAX_PLACES) return { state: 'invalid', problem: 'tooPrecise' };
  if (compareDecimals(parsed.value, '0') === 0) return { state: 'invalid', problem: 'zero' };
  if (compareDecimals(parsed.value, MAX_STAGE_HOURS) > 0) {
    return { state: 'invalid', problem: 'tooLarge' };
  }
  return parsed;
}
