import { describe, expect, it } from 'vitest';

import { orderQueue } from './queue-order';

const row = (queuePosition: number, due: string | null, state = 'ON_TIME') => ({
  queuePosition,
  sla: { due, state },
});

describe('the queue order', () => {
  const rows = [
    row(3, '2026-12-10T15:00:00Z'),
    row(1, null),
    row(2, '2026-12-07T15:00:00Z', 'AT_RISK'),
    row(4, null, 'BREACHED'),
  ];

  it('is first in, first out unless asked otherwise', () => {
    expect(orderQueue(rows, 'FIFO').map((r) => r.queuePosition)).toEqual([1, 2, 3, 4]);
  });

  it('by deadline: breached first, then the earliest, none last, ties in queue order', () => {
    expect(orderQueue(rows, 'DEADLINE').map((r) => r.queuePosition)).toEqual([4, 2, 3, 1]);
  });
});
