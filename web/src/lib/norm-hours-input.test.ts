import { describe, expect, it } from 'vitest';

import { parseNormHours } from './norm-hours-input';

const positive = (text: string) => parseNormHours(text, { signed: false });
const signed = (text: string) => parseNormHours(text, { signed: true });

describe('parseNormHours', () => {
  it('turns a comma into a dot and keeps the value exact', () => {
    expect(positive('2,5')).toEqual({ state: 'valid', value: '2.5' });
    expect(positive(' 10,00 ')).toEqual({ state: 'valid', value: '10' });
    expect(positive('0,01')).toEqual({ state: 'valid', value: '0.01' });
    expect(positive('+3')).toEqual({ state: 'valid', value: '3' });
    expect(positive('123456789012,99')).toEqual({ state: 'valid', value: '123456789012.99' });
  });

  it('refuses hours finer than 0.01, zero and what is not a number', () => {
    expect(positive('1,255')).toEqual({ state: 'invalid', problem: 'tooPrecise' });
    expect(positive('1,2500')).toEqual({ state: 'valid', value: '1.25' });
    expect(positive('0,00')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(positive('1e3')).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(positive('2,5 ч')).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(positive('+')).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(positive('1234567890123')).toEqual({ state: 'invalid', problem: 'tooLarge' });
    expect(positive('')).toEqual({ state: 'empty' });
  });

  it('sends a pledge exactly as typed, and refuses what cannot be pledged', () => {
    expect(positive('0,10')).toEqual({ state: 'valid', value: '0.1' });
    expect(positive(' 12.25 ')).toEqual({ state: 'valid', value: '12.25' });
    expect(positive('999999999999.99')).toEqual({ state: 'valid', value: '999999999999.99' });
    expect(positive('0')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(positive('0.001')).toEqual({ state: 'invalid', problem: 'tooPrecise' });
    expect(positive('1,5,0')).toEqual({ state: 'invalid', problem: 'notNumber' });
  });

  it('refuses a minus where only adding is possible', () => {
    expect(positive('-2,5')).toEqual({ state: 'invalid', problem: 'negative' });
    expect(positive('\u22121')).toEqual({ state: 'invalid', problem: 'negative' });
  });

  it('keeps the sign of an adjustment, the typographic minus included', () => {
    expect(signed('-1,5')).toEqual({ state: 'valid', value: '-1.5' });
    expect(signed('\u2212 0,25')).toEqual({ state: 'valid', value: '-0.25' });
    expect(signed('+2')).toEqual({ state: 'valid', value: '2' });
    expect(signed('-0')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(signed('--1')).toEqual({ state: 'invalid', problem: 'notNumber' });
  });
});
