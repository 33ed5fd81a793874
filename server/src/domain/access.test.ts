import { describe, expect, it } from 'vitest';

import {
  isStaff,
  normaliseEmail,
  SESSION_LIFETIME_MS,
  sessionExpiry,
  sessionNeedsRenewal,
} from './access.js';

describe('normaliseEmail', () => {
  it('lower-cases and trims, so one mailbox is one account', () => {
    expect(normaliseEmail('  Ivan.Petrov@Example.COM ')).toBe('ivan.petrov@example.com');
  });

  it('lower-cases Cyrillic too', () => {
    expect(normaliseEmail('Иван@Пример.РФ')).toBe('иван@пример.рф');
  });
});

describe('isStaff', () => {
  it('counts specialists and managers as staff, not customer representatives', () => {
    expect(isStaff('SPECIALIST')).toBe(true);
    expect(isStaff('MANAGER')).toBe(true);
    expect(isStaff('CUSTOMER')).toBe(false);
  });
});

describe('session sliding expiry', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it('ends thirty days after the last use', () => {
    expect(sessionExpiry(now).getTime() - now.getTime()).toBe(SESSION_LIFETIME_MS);
    expect(sessionExpiry(now).toISOString()).toBe('2027-01-03T12:00:00.000Z');
  });

  it('is renewed once an hour has passed since it was last seen, not before', () => {
    expect(sessionNeedsRenewal(new Date('2026-12-04T11:00:01Z'), now)).toBe(false);
    expect(sessionNeedsRenewal(new Date('2026-12-04T11:00:00Z'), now)).toBe(true);
  });
});
