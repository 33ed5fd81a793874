/**
 * Staff's list ordered by deadline. The deadline that counts is computed from each request's
 * history when it is read, so the order cannot come from an index: the requests are sorted
 * whole, and a page is a slice of them whose cursor is its position in the order.
 */

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
