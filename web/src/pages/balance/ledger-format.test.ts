import { describe, expect, it } from 'vitest';

import { formatMoscowDate, formatSignedHours, isReserveMove } from './ledger-format';

describe('ledger formats', () => {
  it('shows dates in Moscow time', () => {
    expect(formatMoscowDate('2026-01-31T21:30:00.000Z')).toBe('01.02.2026, 00:30');
  });

  it('shows signed hours exactly, with a decimal comma', () => {
    expect(formatSignedHours('40.00')).toBe('+40,00');
    expect(formatSignedHours('-1.5')).toBe('\u22121,50');
    expect(formatSignedHours('1234.25')).toBe('+1\u00a0234,25');
  });

  it('tells a hold and its release from moves of the balance', () => {
    expect(['HOLD', 'RELEASE'].map(isReserveMove)).toEqual([true, true]);
    expect(['TOP_UP', 'CHARGE', 'ADJUSTMENT'].map(isReserveMove)).toEqual([false, false, false]);
  });
});
