import { describe, expect, it } from 'vitest';

import { defaultOrder } from './request-order';

describe('defaultOrder', () => {
  it('sorts open requests by deadline', () => {
    expect(defaultOrder(['NEW', 'QUEUED', 'SUSPENDED'])).toBe('DEADLINE');
  });

  it('lists newest first once closed requests are shown, or every status', () => {
    expect(defaultOrder(['IN_PROGRESS', 'COMPLETED'])).toBe('NEWEST');
    expect(defaultOrder([])).toBe('NEWEST');
  });
});
