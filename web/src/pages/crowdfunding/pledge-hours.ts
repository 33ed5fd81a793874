/**
 * Norm-hours a customer types to pledge, turned into what the API accepts: a decimal with a dot,
 * more than zero, at most two decimals (the ledger's step is 0.01). "1,5" becomes "1.5" exactly;
 * anything else is explained beside the field and never sent.
 */
import { parseDecimalInput } from '../../lib/decimal-input';

export type PledgeProblem = 'empty' | 'notNumber' | 'negative' | 'zero' | 'tooPrecise';

export type ParsedPledge = { ok: true; hours: string } | { ok: false; problem: PledgeProblem };

const MAX_FRACTION_DIGITS = 2;

export function parsePledgeHours(text: string): ParsedPledge {
  const parsed = parseDecimalInput(text);
  if (parsed.state === 'empty') return { ok: false, problem: 'empty' };
  if (parsed.state === 'invalid') {
    const { problem } = parsed;
    if (problem === 'negative' || problem === 'tooPrecise') return { ok: false, problem };
    return { ok: false, problem: 'notNumber' };
  }

  const fraction = parsed.value.split('.')[1] ?? '';
  if (fraction.length > MAX_FRACTION_DIGITS) return { ok: false, problem: 'tooPrecise' };
  if (/^[0.]+$/.test(parsed.value)) return { ok: false, problem: 'zero' };
  return { ok: true, hours: parsed.value };
}
