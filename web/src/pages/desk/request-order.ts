/** The order of the list of every request: by deadline while it shows open requests only. */
import { isOpen } from '../../components/request/request-status';
import type { RequestOrder, RequestStatus } from '../../gql/graphql';

export function defaultOrder(statuses: readonly RequestStatus[]): RequestOrder {
  return statuses.length > 0 && statuses.every(isOpen) ? 'DEADLINE' : 'NEWEST';
}
