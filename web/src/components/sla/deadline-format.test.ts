import { describe, expect, it } from 'vitest';

import {
  badgeOf,
  durationText,
  pausedText,
  showDeadline,
  timeLeftText,
  warningOf,
} from './deadline-format';

describe('a deadline shown to a viewer', () => {
  it('C2: due Fri 19.09.2025 16:00 in Moscow reads 15:00 in Berlin, Moscow time beside', () => {
    const shown = showDeadline('2025-09-19T13:00:00.000Z', 'Europe/Berlin');

    expect(shown.local).toMatch(/19 сентября.*15:00 по вашему времени \(GMT\+2\)$/);
    expect(shown.moscow).toBe('16:00 по Москве');
    expect(shown.iso).toBe('2025-09-19T13:00:00.000Z');
  });

  it('C1: 2025-10-27T15:00:00Z reads 16:00 in Berlin once its clock went back', () => {
    const shown = showDeadline('2025-10-27T15:00:00.000Z', 'Europe/Berlin');

    expect(shown.local).toMatch(/27 октября.*16:00 по вашему времени \(GMT\+1\)$/);
    expect(shown.moscow).toBe('18:00 по Москве');
  });

  it('says Moscow time once to a viewer whose clock reads as Moscow\u2019s', () => {
    const shown = showDeadline('2025-09-19T13:00:00.000Z', 'Europe/Moscow');

    expect(shown.local).toMatch(/19 сентября.*16:00 по Москве$/);
    expect(shown.moscow).toBeNull();
  });

  it('gives the Moscow date too when it is another day there', () => {
    const shown = showDeadline('2025-09-22T15:00:00.000Z', 'Asia/Vladivostok');

    expect(shown.local).toMatch(/23 сентября.*01:00/);
    expect(shown.moscow).toMatch(/22 сентября.*18:00 по Москве$/);
  });
});

describe('spans of time', () => {
  it.each([
    [0, '0 мин'],
    [45, '45 мин'],
    [60, '1 ч'],
    [125, '2 ч 05 мин'],
    [840, '14 ч'],
    [47 * 60 + 59, '47 ч 59 мин'],
  ])('%i minutes read "%s"', (minutes, text) => {
    expect(durationText(minutes)).toBe(text);
  });

  it('read in days from two days of clock time', () => {
    expect(durationText(48 * 60, true)).toBe('2 дн.');
    expect(durationText(76 * 60 + 30, true)).toBe('3 дн. 4 ч');
    expect(durationText(47 * 60, true)).toBe('47 ч');
  });

  it('left or overdue', () => {
    expect(timeLeftText(180)).toBe('осталось 3 ч');
    expect(timeLeftText(0)).toBe('осталось 0 мин');
    expect(timeLeftText(-1)).toBe('просрочено на 1 мин');
    expect(timeLeftText(-(3 * 24 * 60 + 120))).toBe('просрочено на 3 дн. 2 ч');
    expect(timeLeftText(null)).toBeNull();
  });

  it('paused: business time on lines 2-3, clock time on line 1, never in days', () => {
    expect(pausedText(840, 2)).toBe('14 ч рабочего времени');
    expect(pausedText(46 * 60, 1)).toBe('46 ч по часам');
    expect(pausedText(210, 1)).toBe('3 ч 30 мин по часам');
    expect(pausedText(0, 3)).toBe('нет');
  });
});

describe('the state badge', () => {
  it('is green on time, amber at risk, red breached, grey when nothing is pending', () => {
    expect(badgeOf('ON_TIME')).toEqual({ label: 'В срок', tone: 'success' });
    expect(badgeOf('AT_RISK')).toEqual({ label: 'Срок на исходе', tone: 'warning' });
    expect(badgeOf('BREACHED')).toEqual({ label: 'Срок нарушен', tone: 'danger' });
    expect(badgeOf('MET').tone).toBe('neutral');
    expect(badgeOf('NONE').tone).toBe('neutral');
  });

  it('warns staff amber at risk and red once breached, and not otherwise', () => {
    expect(warningOf('AT_RISK')).toBe('warning');
    expect(warningOf('BREACHED')).toBe('danger');
    expect([warningOf('ON_TIME'), warningOf('MET'), warningOf('NONE')]).toEqual([null, null, null]);
  });
});
