import { describe, expect, it } from 'vitest';

import {
  checkPledgeHours,
  hoursMissing,
  hoursTaken,
  isStatusStep,
  requireOpen,
} from './crowdfunding.js';
import { Decimal } from './decimal.js';

const d = (text: string) => new Decimal(text);

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('crowdfunding rules', () => {
  it('takes positive hours with at most two decimals', () => {
    expect(codeOf(() => checkPledgeHours(d('1.25')))).toBeUndefined();
    for (const bad of ['0', '-1', '0.001']) {
      expect(
        codeOf(() => checkPledgeHours(d(bad))),
        bad,
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('takes a pledge whole below the goal, and only what is missing when it crosses it', () => {
    const missing = hoursMissing(d('120'), d('45'));
    expect(missing.toFixed(2)).toBe('75.00');
    expect(hoursTaken(d('10.5'), missing).toFixed(2)).toBe('10.50');
    expect(hoursTaken(d('75'), missing).toFixed(2)).toBe('75.00');
    expect(hoursTaken(d('80.25'), missing).toFixed(2)).toBe('75.00');
  });

  it('misses nothing once the goal is reached or passed', () => {
    expect(hoursMissing(d('100'), d('100')).toFixed(2)).toBe('0.00');
    expect(hoursMissing(d('100'), d('130')).toFixed(2)).toBe('0.00');
  });

  it('pledges, withdraws and closes only while open', () => {
    expect(codeOf(() => requireOpen('OPEN', 'pledge'))).toBeUndefined();
    for (const status of ['FUNDED', 'IN_DEVELOPMENT', 'RELEASED', 'CLOSED'] as const) {
      expect(
        codeOf(() => requireOpen(status, 'close')),
        status,
      ).toBe('INVALID_STATE');
    }
  });

  it('moves a funded project on one step at a time; the same status is no step', () => {
    expect(isStatusStep('FUNDED', 'IN_DEVELOPMENT')).toBe(true);
    expect(isStatusStep('IN_DEVELOPMENT', 'RELEASED')).toBe(true);
    expect(isStatusStep('RELEASED', 'RELEASED')).toBe(false);
    expect(codeOf(() => isStatusStep('FUNDED', 'RELEASED'))).toBe('INVALID_STATE');
    expect(codeOf(() => isStatusStep('OPEN', 'FUNDED'))).toBe('INVALID_STATE');
    expect(codeOf(() => isStatusStep('RELEASED', 'OPEN'))).toBe('INVALID_STATE');
  });
});
