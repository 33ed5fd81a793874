/**
 * Who may act: the three roles of the product and the rules about them that need no database.
 */

export const ROLES = ['CUSTOMER', 'SPECIALIST', 'MANAGER'] as const;

export type Role = (typeof ROLES)[number];

/** Staff work on every customer's requests; a customer representative only on its own. */
export function isStaff(role: Role): boolean {
  return role === 'SPECIALIST' || role === 'MANAGER';
}

/**
 * An email as stored and looked up: trimmed and lower-cased, so `Ivan@Example.com` and
 * `ivan@example.com` are one account. Mailboxes are case-sensitive in theory, never in practice.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How long a session lives without use; each use pushes its end this far again. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Renewing on every request would write on every request; once an hour keeps the sliding end
 * within an hour of exact at a write per session per hour.
 */
export const SESSION_RENEWAL_INTERVAL_MS = 60 * 60 * 1000;

/** Whether a session last seen at `lastSeenAt` should have its end pushed forward at `now`. */
export function sessionNeedsRenewal(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_RENEWAL_INTERVAL_MS;
}

/** When a session used at `now` ends. */
export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_LIFETIME_MS);
}
