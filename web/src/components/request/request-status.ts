/** A request's status as people read it: a Russian label and a colour saying whose move it is. */
import type { RequestStatus } from '../../gql/graphql';
import { messages } from './messages';

/**
 * new: nobody has looked yet; work: staff have the move; customer: waiting on the customer;
 * blocked: stopped until hours come; done: completed; closed: ended without completion.
 */
export type StatusTone = 'new' | 'work' | 'customer' | 'blocked' | 'done' | 'closed';

/**
 * Every status of the generated RequestStatus, in the order a request meets them: the record
 * must name each one, so a status added to the API cannot be left out of the filter or colours.
 */
const TONES: Record<RequestStatus, StatusTone> = {
  NEW: 'new',
  ESTIMATING: 'work',
  AWAITING_APPROVAL: 'customer',
  QUEUED: 'work',
  IN_PROGRESS: 'work',
  AWAITING_ACCEPTANCE: 'customer',
  SUSPENDED: 'blocked',
  COMPLETED: 'done',
  DECLINED: 'closed',
  WITHDRAWN: 'closed',
  REJECTED: 'closed',
};

/** Every status in the order a request meets them, as the filter lists them. */
export const REQUEST_STATUSES = Object.keys(TONES) as readonly RequestStatus[];

/** The statuses of a request not closed yet (neither done nor ended), in the order above. */
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter(
  (status) => TONES[status] !== 'done' && TONES[status] !== 'closed',
);

export function statusLabel(status: RequestStatus): string {
  return messages.statuses[status] ?? status;
}

export function statusTone(status: RequestStatus): StatusTone {
  return TONES[status] ?? 'closed';
}

/** The statuses chosen, in the order above, so that one choice is always one cache entry. */
export function orderedStatuses(chosen: Iterable<RequestStatus>): RequestStatus[] {
  const set = new Set(chosen);
  return REQUEST_STATUSES.filter((status) => set.has(status));
}

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
