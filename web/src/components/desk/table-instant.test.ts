import { describe, expect, it } from 'vitest';

import { showTableInstant } from './table-instant';

describe('showTableInstant', () => {
  it('shows the viewer its own time and Moscow time beside it', () => {
    const shown = showTableInstant('2026-12-04T18:33:31.878Z', 'Europe/Berlin');
    expect(shown).toEqual({ local: '04.12.2026, 19:33', localZone: 'GMT+1', moscow: '21:33' });
  });

  it('keeps the seconds when asked, for the order of approvals', () => {
    const shown = showTableInstant('2026-12-04T18:33:31.878Z', 'UTC', { seconds: true });
    expect(shown.local).toBe('04.12.2026, 18:33:31');
    expect(shown.moscow).toBe('21:33:31');
  });

  it('gives the Moscow date too when the day differs there', () => {
    const shown = showTableInstant('2026-12-04T22:10:00.000Z', 'UTC');
    expect(shown.local).toBe('04.12.2026, 22:10');
    expect(shown.moscow).toBe('05.12.2026, 01:10');
  });

  it('shows one time to a viewer whose clock reads as Moscow', () => {
    const shown = showTableInstant('2026-12-04T18:33:31.878Z', 'Europe/Moscow', { seconds: true });
    expect(shown).toEqual({ local: '04.12.2026, 21:33:31', localZone: null, moscow: null });
  });
});
