import { describe, expect, it } from 'vitest';

import { parseStageHours } from './stage-hours-input';

describe('parseStageHours', () => {
  it('turns a typed comma into the dot the API takes', () => {
    expect(parseStageHours('1,5')).toEqual({ state: 'valid', value: '1.5' });
    expect(parseStageHours('0,25')).toEqual({ state: 'valid', value: '0.25' });
    expect(parseStageHours(' 12 ')).toEqual({ state: 'valid', value: '12' });
    expect(parseStageHours('10000')).toEqual({ state: 'valid', value: '10000' });
  });

  it('treats an empty field as not given', () => {
    expect(parseStageHours('')).toEqual({ state: 'empty' });
  });

  it('names what is wrong', () => {
    expect(parseStageHours('12abc')).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(parseStageHours('-1')).toEqual({ state: 'invalid', problem: 'negative' });
    expect(parseStageHours('0,00')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(parseStageHours('1,005')).toEqual({ state: 'invalid', problem: 'tooPrecise' });
    expect(parseStageHours('10000,5')).toEqual({ state: 'invalid', problem: 'tooLarge' });
    expect(parseStageHours('123456')).toEqual({ state: 'invalid', problem: 'tooLarge' });
  });
});
