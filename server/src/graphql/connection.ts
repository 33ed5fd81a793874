/**
 * What every cursor connection shares: the page size a caller may ask for, and opaque cursors
 * that name their kind ("ledger", "request", "deadline") and a whole number. A cursor of
 * another kind, or a forged one, is refused as BAD_USER_INPUT on `after`.
 */
import { badInput } from '../domain/rule-violation.js';

export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** Bigint identities have at most 18 digits; positions in an order far fewer. */
const MAX_DIGITS = 18;

/** The page size asked for, DEFAULT_PAGE when left out; 0 to MAX_PAGE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (size < 0 || size > MAX_PAGE) {
    throw badInput('first', `first is between 0 and ${MAX_PAGE}, not ${size}`);
  }
  return size;
}

export function cursorOf(kind: string, value: string | number): string {
  return Buffer.from(`${kind}:${value}`).toString('base64url');
}

export function isCursorOf(kind: string, cursor: string): boolean {
  return Buffer.from(cursor, 'base64url').toString().startsWith(`${kind}:`);
}

/** The whole number a cursor of `kind` carries, as text; at most `digits` digits. */
export function valueOfCursor(kind: string, cursor: string, digits = MAX_DIGITS): string {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = new RegExp(`^${kind}:(\\d{1,${digits}})$`).exec(text);
  if (!match) throw badInput('after', 'after is not a cursor of this connection');
  return match[1]!;
}
