/**
 * Idempotency keys for a person's pledges and withdrawals. A key lives until the server answers,
 * so pressing the button again after a lost answer repeats the same move instead of a new one.
 * crypto.randomUUID exists only on https and localhost pages; getRandomValues everywhere.
 */
export function newAttemptKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
