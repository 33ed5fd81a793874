import { describe, expect, it } from 'vitest';

import { parseResolutionDays } from './resolution-days';

describe('resolution business days as typed', () => {
  it('leaves an empty field unset', () => {
    expect(parseResolutionDays('')).toEqual({ state: 'empty' });
    expect(parseResolutionDays('   ')).toEqual({ state: 'empty' });
  });

  it('takes a whole number from 1 to 250', () => {
    expect(parseResolutionDays('1')).toEqual({ state: 'valid', value: 1 });
    expect(parseResolutionDays(' 15 ')).toEqual({ state: 'valid', value: 15 });
    expect(parseResolutionDays('250')).toEqual({ state: 'valid', value: 250 });
  });

  it('refuses zero, more than 250, fractions, signs and words', () => {
    for (const text of ['0', '251', '100000', '2,5', '3.0', '-4', '+4', '1e2', 'пять']) {
      expect(parseResolutionDays(text), text).toEqual({ state: 'invalid' });
    }
  });
});
