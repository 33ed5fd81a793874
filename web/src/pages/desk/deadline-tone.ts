/** The tint of a desk row by its deadline, so that what needs staff first stands out. */
import type { RowTone } from '../../components/desk/desk-column';
import { isOpen } from '../../components/request/request-status';
import { warningOf } from '../../components/sla/deadline-format';
import type { RequestStatus, SlaState } from '../../gql/graphql';

/** An open request past its deadline is red, near it amber; a closed one's badge says enough. */
export function deadlineTone(row: {
  status: RequestStatus;
  sla: { state: SlaState };
}): RowTone | null {
  return isOpen(row.status) ? warningOf(row.sla.state) : null;
}
