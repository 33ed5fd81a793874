import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';

import { DateTimeScalar } from './date-time.scalar.js';

describe('the DateTime scalar', () => {
  it.each([
    ['an offset', '2025-10-24T19:30:00+03:00', '2025-10-24T16:30:00.000Z'],
    ['Z', '2025-10-24T16:30:00Z', '2025-10-24T16:30:00.000Z'],
    ['milliseconds', '2025-10-24T16:30:00.250Z', '2025-10-24T16:30:00.250Z'],
    [
      'microseconds, cut to milliseconds',
      '2025-10-24T16:30:00.123456+00:00',
      '2025-10-24T16:30:00.123Z',
    ],
    ['a negative offset', '2025-10-24T09:30:00-07:00', '2025-10-24T16:30:00.000Z'],
  ])('reads a date-time with %s', (_, text, instant) => {
    expect(DateTimeScalar.parseValue(text).toISOString()).toBe(instant);
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: text }).toISOString()).toBe(
      instant,
    );
  });

  it.each([
    ['no offset', '2025-10-24T19:30:00'],
    ['a date alone', '2025-10-24'],
    ['a space for the T', '2025-10-24 19:30:00+03:00'],
    ['no seconds', '2025-10-24T19:30+03:00'],
    ['30 February', '2025-02-30T10:00:00Z'],
    ['hour 24', '2025-10-24T24:00:00Z'],
    ['a leap second', '2016-12-31T23:59:60Z'],
    ['an offset without a colon', '2025-10-24T19:30:00+0300'],
    ['words', 'yesterday'],
    ['an empty string', ''],
  ])('refuses %s', (_, text) => {
    expect(() => DateTimeScalar.parseValue(text)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });

  it('refuses numbers, in a variable or a literal', () => {
    expect(() => DateTimeScalar.parseValue(1_761_320_000_000)).toThrow(/not an ISO-8601/);
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1761320000' })).toThrow(
      /string/,
    );
  });

  it('writes an instant in UTC, and nothing that is not one', () => {
    expect(DateTimeScalar.serialize(new Date('2025-10-27T18:00:00+03:00'))).toBe(
      '2025-10-27T15:00:00.000Z',
    );
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow();
    expect(() => DateTimeScalar.serialize('2025-10-27')).toThrow();
  });
});
