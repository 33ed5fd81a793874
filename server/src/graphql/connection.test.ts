import { describe, expect, it } from 'vitest';

import { RuleViolation } from '../domain/rule-violation.js';
import { cursorOf, isCursorOf, pageSize, valueOfCursor } from './connection.js';

describe('a cursor', () => {
  it('carries its kind and a whole number, read back as given', () => {
    expect(valueOfCursor('deadline', cursorOf('deadline', 25), 9)).toBe('25');
    expect(valueOfCursor('ledger', cursorOf('ledger', '123456789012345678'))).toBe(
      '123456789012345678',
    );
    expect(isCursorOf('deadline', cursorOf('deadline', 1))).toBe(true);
    expect(isCursorOf('deadline', cursorOf('request', 12))).toBe(false);
  });

  it.each(['deadline:-1', 'deadline:1e3', 'deadline:', 'deadline:1234567890', 'request:3'])(
    'refuses %s as a deadline position, BAD_USER_INPUT on after',
    (text) => {
      const cursor = Buffer.from(text).toString('base64url');
      expect(() => valueOfCursor('deadline', cursor, 9)).toThrow(RuleViolation);
      expect(() => valueOfCursor('deadline', cursor, 9)).toThrow(/not a cursor/);
    },
  );
});

describe('a page size', () => {
  it('is 20 when left out, 0 to 100 when given, refused beyond', () => {
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow(RuleViolation);
  });
});
