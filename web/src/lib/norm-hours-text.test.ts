import { describe, expect, it } from 'vitest';

import { normHoursText, signedNormHoursText } from './norm-hours-text';

describe('norm-hours text', () => {
  it('writes two decimals after a comma and keeps the unit on the same line', () => {
    expect(normHoursText('42.5')).toBe('42,50\u00a0н·ч');
    expect(normHoursText('1250.25')).toBe('1\u00a0250,25\u00a0н·ч');
  });

  it('signs a move of hours either way', () => {
    expect(signedNormHoursText('2.5')).toBe('+2,50\u00a0н·ч');
    expect(signedNormHoursText('-1.5')).toBe('\u22121,50\u00a0н·ч');
  });
});
