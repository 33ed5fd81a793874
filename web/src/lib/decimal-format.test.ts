import { describe, expect, it } from 'vitest';

import { formatNormHours } from './decimal-format';

describe('formatNormHours', () => {
  it('shows at least two decimals, like the money beside it', () => {
    expect(formatNormHours('0.9')).toBe('0,90');
    expect(formatNormHours('10')).toBe('10,00');
    expect(formatNormHours('10.00')).toBe('10,00');
    expect(formatNormHours('0.05')).toBe('0,05');
  });

  it('keeps digits past the second and drops only zeros beyond two', () => {
    expect(formatNormHours('1.125')).toBe('1,125');
    expect(formatNormHours('2.500000')).toBe('2,50');
  });

  it('groups long whole parts and leaves text that is not a decimal alone', () => {
    expect(formatNormHours('12500.5')).toBe('12\u00a0500,50');
    expect(formatNormHours('-0.00')).toBe('0,00');
    expect(formatNormHours('n/a')).toBe('n/a');
  });
});
