import { describe, expect, it } from 'vitest';

import { RuleViolation } from '../domain/rule-violation.js';
import { byDeadline, deadlineCursorOf, isDeadlineCursor, positionOf } from './request-sla.order.js';

const due = (number: string, iso: string | null, closed = false) => ({
  number,
  due: iso === null ? null : new Date(iso),
  closed,
});

describe('byDeadline', () => {
  it('puts the earliest first, those without a deadline last, equals by number', () => {
    const requests = [
      due('10', null),
      due('9', '2025-09-23T15:00:00Z'),
      due('2', null),
      due('12', '2025-09-16T15:00:00Z'),
      due('100', '2025-09-23T15:00:00Z'),
    ];

    expect(requests.sort(byDeadline).map((r) => r.number)).toEqual(['12', '9', '100', '2', '10']);
  });

  it('puts closed requests after every open one, whatever their old deadlines', () => {
    const requests = [
      due('1', '2025-01-10T15:00:00Z', true),
      due('2', null),
      due('3', '2025-09-23T15:00:00Z'),
    ];

    expect(requests.sort(byDeadline).map((r) => r.number)).toEqual(['3', '2', '1']);
  });
});

describe('a cursor of the order by deadline', () => {
  it('is a position, read back as given', () => {
    expect(positionOf(deadlineCursorOf(25))).toBe(25);
    expect(isDeadlineCursor(deadlineCursorOf(1))).toBe(true);
    expect(isDeadlineCursor(Buffer.from('request:12').toString('base64url'))).toBe(false);
  });

  it.each(['deadline:-1', 'deadline:1e3', 'deadline:', 'deadline:1234567890', 'request:3'])(
    'refuses %s as BAD_USER_INPUT on after',
    (text) => {
      const cursor = Buffer.from(text).toString('base64url');
      expect(() => positionOf(cursor)).toThrow(RuleViolation);
      expect(() => positionOf(cursor)).toThrow(/not a cursor/);
    },
  );
});
