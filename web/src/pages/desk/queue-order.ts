/**
 * The queue shown in its order of service (first in, first out) or by deadline: the counting
 * deadline first, breached ones at the top by the deadline they missed, those without one last.
 * The queue is read whole, so sorting it here sorts all of it.
 */
export type QueueOrder = 'FIFO' | 'DEADLINE';

export interface QueueEntry {
  queuePosition?: number | null;
  sla: { due?: string | null; state: string };
}

export function orderQueue<Row extends QueueEntry>(rows: readonly Row[], order: QueueOrder): Row[] {
  const byPosition = [...rows].sort(
    (a, b) => (a.queuePosition ?? Infinity) - (b.queuePosition ?? Infinity),
  );
  if (order === 'FIFO') return byPosition;
  return byPosition.sort((a, b) => rank(a) - rank(b));
}

function rank(row: QueueEntry): number {
  if (row.sla.due) return Date.parse(row.sla.due);
  return row.sla.state === 'BREACHED' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
