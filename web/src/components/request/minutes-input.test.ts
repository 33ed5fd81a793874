import { describe, expect, it } from 'vitest';

import { formatMinutes, parseMinutesInput } from './minutes-input';

describe('parseMinutesInput', () => {
  it('reads h:mm as hours and minutes', () => {
    expect(parseMinutesInput('1:30')).toEqual({ state: 'valid', minutes: 90 });
    expect(parseMinutesInput('0:50')).toEqual({ state: 'valid', minutes: 50 });
    expect(parseMinutesInput(' 2:05 ')).toEqual({ state: 'valid', minutes: 125 });
    expect(parseMinutesInput('24:00')).toEqual({ state: 'valid', minutes: 1440 });
  });

  it('reads a bare number as whole minutes', () => {
    expect(parseMinutesInput('50')).toEqual({ state: 'valid', minutes: 50 });
    expect(parseMinutesInput('1 440')).toEqual({ state: 'valid', minutes: 1440 });
  });

  it('treats an empty field as not given', () => {
    expect(parseMinutesInput('  ')).toEqual({ state: 'empty' });
  });

  it.each(['1,5', '1.5', '1:5', '1:300', 'abc', '-10', '1h', ':30', '1:'])(
    'refuses %j as not a time',
    (text) => {
      expect(parseMinutesInput(text)).toEqual({ state: 'invalid', problem: 'notTime' });
    },
  );

  it('names minutes past 59, zero and more than a day', () => {
    expect(parseMinutesInput('1:60')).toEqual({ state: 'invalid', problem: 'badMinutes' });
    expect(parseMinutesInput('0')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(parseMinutesInput('0:00')).toEqual({ state: 'invalid', problem: 'zero' });
    expect(parseMinutesInput('24:01')).toEqual({ state: 'invalid', problem: 'tooLong' });
    expect(parseMinutesInput('1441')).toEqual({ state: 'invalid', problem: 'tooLong' });
  });
});

describe('formatMinutes', () => {
  it('writes minutes as h:mm', () => {
    expect(formatMinutes(50)).toBe('0:50');
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(605)).toBe('10:05');
  });
});
