import { describe, expect, it } from 'vitest';

import { byDeadline } from './request-sla.order.js';

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
