import { describe, expect, it } from 'vitest';

import { businessCalendar } from './business-calendar.js';
import { MOSCOW_DAYS } from './calendar.fixture.js';
import { shortenedDaysByRule } from './pre-holiday-days.js';

describe('shortened days by art. 95', () => {
  it('gives those of 2025 and 2026 from their holidays and transfers', () => {
    const calendar = businessCalendar(MOSCOW_DAYS, [2025, 2026]);

    expect(shortenedDaysByRule(calendar, MOSCOW_DAYS)).toEqual([
      '2025-03-07',
      '2025-04-30',
      '2025-06-11',
      '2025-11-01',
      '2026-04-30',
      '2026-05-08',
      '2026-06-11',
      '2026-11-03',
    ]);
  });

  it('shortens no day before a day off that is not itself a holiday (7.05.2025)', () => {
    const days = [
      { date: '2025-05-08', kind: 'TRANSFERRED_DAY_OFF' as const, movedFrom: '2025-02-23' },
      { date: '2025-05-09', kind: 'HOLIDAY' as const },
    ];
    expect(shortenedDaysByRule(businessCalendar(days, [2025]), days)).toEqual([]);
  });

  it('shortens a working Saturday only when it stands in for a pre-holiday weekday', () => {
    const saturday = { date: '2025-11-01', kind: 'WORKING_DAY' as const };
    const holiday = { date: '2025-11-04', kind: 'HOLIDAY' as const };
    const standsIn = { date: '2025-11-03', kind: 'TRANSFERRED_DAY_OFF' as const };
    const linked = [saturday, { ...standsIn, movedFrom: '2025-11-01' }, holiday];
    const unlinked = [saturday, standsIn, holiday];

    expect(shortenedDaysByRule(businessCalendar(linked, [2025]), linked)).toEqual(['2025-11-01']);
    expect(shortenedDaysByRule(businessCalendar(unlinked, [2025]), unlinked)).toEqual([]);
  });
});
