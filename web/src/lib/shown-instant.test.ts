import { describe, expect, it } from 'vitest';

import { showInstant } from './shown-instant';

describe('showing an instant to a viewer', () => {
  it('C1: 2025-10-27T15:00:00Z reads 16:00 in Berlin, 18:00 in Moscow', () => {
    const shown = showInstant('2025-10-27T15:00:00.000Z', 'Europe/Berlin');

    expect(shown.local).toMatch(/27 октября.*16:00/);
    expect(shown.localZone).toBe('GMT+1');
    expect(shown.moscow).toBe('18:00');
  });

  it('shows the Moscow date too when it is another day there', () => {
    const sameDay = showInstant('2026-01-12T07:00:00.000Z', 'Asia/Vladivostok');
    const otherDay = showInstant('2026-01-11T20:30:00.000Z', 'Asia/Vladivostok');

    expect(sameDay.local).toMatch(/12 января.*17:00/);
    expect(sameDay.moscow).toBe('10:00');
    expect(otherDay.local).toMatch(/12 января.*06:30/);
    expect(otherDay.moscow).toMatch(/11 января.*23:30/);
  });

  it('shows one time to a viewer on Moscow time, in any zone that reads the same', () => {
    for (const zone of ['Europe/Moscow', 'Europe/Minsk', 'Europe/Istanbul']) {
      const shown = showInstant('2026-01-12T07:00:00.000Z', zone);
      expect(shown).toEqual({
        local: expect.stringMatching(/10:00/),
        localZone: null,
        moscow: null,
      });
    }
  });
});

describe('the short format, for a table', () => {
  const short = { format: 'short' } as const;

  it('shows the viewer its own date and time, and Moscow time beside it', () => {
    const shown = showInstant('2026-12-04T18:33:31.878Z', 'Europe/Berlin', short);
    expect(shown).toEqual({ local: '04.12.2026, 19:33', localZone: 'GMT+1', moscow: '21:33' });
  });

  it('keeps the seconds when asked, for the order of approvals', () => {
    const shown = showInstant('2026-12-04T18:33:31.878Z', 'UTC', { ...short, seconds: true });
    expect(shown.local).toBe('04.12.2026, 18:33:31');
    expect(shown.moscow).toBe('21:33:31');
  });

  it('gives the Moscow date too when the day differs there', () => {
    const shown = showInstant('2026-12-04T22:10:00.000Z', 'UTC', short);
    expect(shown.local).toBe('04.12.2026, 22:10');
    expect(shown.moscow).toBe('05.12.2026, 01:10');
  });

  it('shows one time to a viewer whose clock reads as Moscow', () => {
    const shown = showInstant('2026-12-04T18:33:31.878Z', 'Europe/Moscow', {
      ...short,
      seconds: true,
    });
    expect(shown).toEqual({ local: '04.12.2026, 21:33:31', localZone: null, moscow: null });
  });
});
