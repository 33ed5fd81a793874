import { describe, expect, it } from 'vitest';

import { isOpen, OPEN_STATUSES } from './request-status';

describe('open statuses', () => {
  it('are those before the request closes, in the order a request meets them', () => {
    expect(OPEN_STATUSES).toEqual([
      'NEW',
      'ESTIMATING',
      'AWAITING_APPROVAL',
      'QUEUED',
      'IN_PROGRESS',
      'AWAITING_ACCEPTANCE',
      'SUSPENDED',
    ]);
    expect(isOpen('SUSPENDED')).toBe(true);
    expect(isOpen('COMPLETED')).toBe(false);
    expect(isOpen('REJECTED')).toBe(false);
  });
});
