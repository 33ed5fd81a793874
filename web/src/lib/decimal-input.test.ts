import { describe, expect, it } from 'vitest';

import { parseCountInput, parseDecimalInput } from './decimal-input';

describe('parseDecimalInput', () => {
  it('accepts a comma as typed by a person and sends a dot', () => {
    expect(parseDecimalInput('1,5')).toEqual({ state: 'valid', value: '1.5' });
    expect(parseDecimalInput('0,1')).toEqual({ state: 'valid', value: '0.1' });
    expect(parseDecimalInput(' 2.25 ')).toEqual({ state: 'valid', value: '2.25' });
  });

  it('reads half-typed numbers the way they are meant', () => {
    expect(parseDecimalInput('1,')).toEqual({ state: 'valid', value: '1' });
    expect(parseDecimalInput(',5')).toEqual({ state: 'valid', value: '0.5' });
    expect(parseDecimalInput('007,50')).toEqual({ state: 'valid', value: '7.5' });
  });

  it('treats an empty field as not given', () => {
    expect(parseDecimalInput('')).toEqual({ state: 'empty' });
    expect(parseDecimalInput('   ')).toEqual({ state: 'empty' });
  });

  it.each(['12abc', '1.2.3', '1,2,3', '1e3', '+1', 'abc', ',', '1 5', 'NaN'])(
    'refuses %j as not a number',
    (text) => {
      expect(parseDecimalInput(text)).toEqual({ state: 'invalid', problem: 'notNumber' });
    },
  );

  it('refuses negative hours', () => {
    expect(parseDecimalInput('-1')).toEqual({ state: 'invalid', problem: 'negative' });
    expect(parseDecimalInput('\u22120,5')).toEqual({ state: 'invalid', problem: 'negative' });
  });

  it('refuses what the API cannot hold', () => {
    expect(parseDecimalInput('1234567890123')).toEqual({ state: 'invalid', problem: 'tooLarge' });
    expect(parseDecimalInput('0,1234567')).toEqual({ state: 'invalid', problem: 'tooPrecise' });
    expect(parseDecimalInput('0,1234560')).toEqual({ state: 'valid', value: '0.123456' });
  });
});

describe('parseCountInput', () => {
  it('accepts whole numbers from zero up', () => {
    expect(parseCountInput('12')).toEqual({ state: 'valid', value: 12 });
    expect(parseCountInput('0')).toEqual({ state: 'valid', value: 0 });
    expect(parseCountInput('')).toEqual({ state: 'empty' });
  });

  it('names what is wrong with anything else', () => {
    expect(parseCountInput('-3')).toEqual({ state: 'invalid', problem: 'negative' });
    expect(parseCountInput('1,5')).toEqual({ state: 'invalid', problem: 'notWhole' });
    expect(parseCountInput('3abc')).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(parseCountInput('1000000')).toEqual({ state: 'invalid', problem: 'tooLarge' });
  });
});
