import { describe, expect, it } from 'vitest';

import { isOpen, OPEN_STATUSES, orderedStatuses, REQUEST_STATUSES } from './request-status';

describe('request statuses', () => {
  it('list each status once, in the order a request meets them, the open ones first', () => {
    expect(new Set(REQUEST_STATUSES).size).toBe(11);
    expect(REQUEST_STATUSES.slice(0, 3)).toEqual(['NEW', 'ESTIMATING', 'AWAITING_APPROVAL']);
    expect(OPEN_STATUSES).toEqual(REQUEST_STATUSES.slice(0, 7));
    expect(OPEN_STATUSES.at(-1)).toBe('SUSPENDED');
  });

  it('close by completion or by an end without it', () => {
    expect(REQUEST_STATUSES.filter((status) => !isOpen(status))).toEqual([
      'COMPLETED',
      'DECLINED',
      'WITHDRAWN',
      'REJECTED',
    ]);
  });

  it('are kept in that order whatever order they were chosen in', () => {
    expect(orderedStatuses(['REJECTED', 'NEW', 'QUEUED'])).toEqual(['NEW', 'QUEUED', 'REJECTED']);
  });
});
