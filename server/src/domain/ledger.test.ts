import { describe, expect, it } from 'vitest';

import { Decimal } from './decimal.js';
import { applyEntry, available, checkAdjustment, checkTopUp } from './ledger.js';

const d = (text: string) => new Decimal(text);
const account = (balance: string, held = '0') => ({ balance: d(balance), held: d(held) });

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('ledger rules', () => {
  it('adds a top-up exactly (C4: 10.50 + 2.5 = 13.00, never "10.502.5")', () => {
    const next = applyEntry(account('10.50'), 'TOP_UP', d('2.5'));
    expect(next.balance.toFixed(2)).toBe('13.00');
  });

  it('compares as numbers: 9.50 available is short of 10.00 (C4)', () => {
    expect(codeOf(() => applyEntry(account('9.50'), 'ADJUSTMENT', d('-10.00')))).toBe(
      'INSUFFICIENT_BALANCE',
    );
  });

  it('lets available fall to exactly zero, never below', () => {
    expect(available(applyEntry(account('1.00'), 'ADJUSTMENT', d('-1'))).toFixed(2)).toBe('0.00');
    expect(codeOf(() => applyEntry(account('5', '3'), 'CHARGE', d('-2.01')))).toBe(
      'INSUFFICIENT_BALANCE',
    );
  });

  it('holds and releases move held hours, not the balance', () => {
    const held = applyEntry(account('5'), 'HOLD', d('3'));
    expect([held.balance.toFixed(2), held.held.toFixed(2)]).toEqual(['5.00', '3.00']);
    expect(codeOf(() => applyEntry(held, 'HOLD', d('2.01')))).toBe('INSUFFICIENT_BALANCE');
    const released = applyEntry(held, 'RELEASE', d('-3'));
    expect(available(released).toFixed(2)).toBe('5.00');
  });

  it('refuses non-positive top-ups and hours finer than 0.01', () => {
    expect(codeOf(() => checkTopUp(d('0')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkTopUp(d('-1')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkTopUp(d('1.005')))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkTopUp(d('1.5')))).toBeUndefined();
  });

  it('refuses a zero adjustment or one without a reason', () => {
    expect(codeOf(() => checkAdjustment(d('0'), 'why'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkAdjustment(d('-1'), '  '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkAdjustment(d('-1'), 'correction'))).toBeUndefined();
  });
});
