/**
 * Staff's list ordered by deadline. The deadline that counts is computed from each request's
 * history when it is read, so the order cannot come from an index: the requests are sorted
 * whole, and a page is a slice of them whose cursor is its position in the order.
 */
import { badInput } from '../domain/rule-violation.js';

/** Whatever a position beyond this is, it is not one this API handed out. */
const MAX_DIGITS = 9;
const PREFIX = 'deadline:';

export interface DueOf {
  /** The request's number, as PostgreSQL's bigint reads in text. */
  number: string;
  due: Date | null;
  /** Closed requests wait on nobody: they come after every open one. */
  closed: boolean;
}

/**
 * Open requests before closed ones; then the earliest deadline first, those without one last;
 * among equals the older request first.
 */
export function byDeadline(a: DueOf, b: DueOf): number {
  if (a.closed !== b.closed) return a.closed ? 1 : -1;
  if (a.due && b.due && a.due.getTime() !== b.due.getTime()) {
    return a.due.getTime() - b.due.getTime();
  }
  if (a.due && !b.due) return -1;
  if (!a.due && b.due) return 1;
  const [x, y] = [BigInt(a.number), BigInt(b.number)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The cursor after the `position`-th request of the order (from 1). */
export function deadlineCursorOf(position: number): string {
  return Buffer.from(`${PREFIX}${position}`).toString('base64url');
}

/** Whether `cursor` is one of this order's, and not of the list newest first. */
export function isDeadlineCursor(cursor: string): boolean {
  return Buffer.from(cursor, 'base64url').toString().startsWith(PREFIX);
}

/** How many requests of the order come before the page `cursor` continues. */
export function positionOf(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = new RegExp(`^${PREFIX}(\\d{1,${MAX_DIGITS}})$`).exec(text);
  if (!match) throw badInput('after', 'after is not a cursor of this connection');
  return Number(match[1]);
}
