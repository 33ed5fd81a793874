/**
 * Columns of the table of every request: the one list to extend. A column is an entry here and
 * its fields in desk.graphql's DeskRequestRow.
 */
import { h } from 'vue';

import DeadlineText from '../../components/desk/DeadlineText.vue';
import type { DeskColumn } from '../../components/desk/desk-column';
import InstantText from '../../components/request/InstantText.vue';
import RequestStatusTag from '../../components/request/RequestStatusTag.vue';
import type { DeskRequestRowFragment } from '../../gql/graphql';
import { formatNormHours } from '../../lib/decimal-format';
import { normHoursText } from '../../lib/norm-hours-text';
import { messages } from './messages';
import { requestLink } from './queue-columns';

const text = messages.requests.columns;

export const requestColumns: readonly DeskColumn<DeskRequestRowFragment>[] = [
  { key: 'number', label: text.number, cell: requestLink },
  { key: 'customer', label: text.customer, cell: (row) => row.customerName },
  { key: 'title', label: text.title, cell: (row) => row.title },
  { key: 'status', label: text.status, cell: (row) => h(RequestStatusTag, { status: row.status }) },
  {
    key: 'submittedAt',
    label: text.submittedAt,
    cell: (row) => h(InstantText, { iso: row.submittedAt }),
  },
  {
    key: 'supportLine',
    label: text.supportLine,
    cell: (row) => messages.requests.line(row.supportLine),
  },
  { key: 'deadline', label: text.deadline, cell: (row) => h(DeadlineText, { sla: row.sla }) },
  { key: 'hours', label: text.hours, numeric: true, cell: hours },
];

/**
 * "2,40 / 0,50 н·ч": estimated (a dash before the estimate is sent), then charged so far; a free
 * request says so instead.
 */
function hours(row: DeskRequestRowFragment) {
  if (!row.paid) return h('span', { class: 'tag tag--free' }, messages.requests.free);
  const { estimateNormHours, chargedHours } = row.totals;
  const estimate = row.estimateSentAt
    ? formatNormHours(estimateNormHours)
    : messages.requests.noEstimate;
  return `${estimate} / ${normHoursText(chargedHours)}`;
}
