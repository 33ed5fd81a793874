/**
 * The queue table's columns: a request's place, what it is, its deadline, and the step staff
 * take next.
 */
import { h } from 'vue';
import { RouterLink } from 'vue-router';

import DeadlineText from '../../components/desk/DeadlineText.vue';
import type { DeskColumn } from '../../components/desk/desk-column';
import InstantText from '../../components/request/InstantText.vue';
import type { DeskQueueQuery } from '../../gql/graphql';
import { formatMoney } from '../../lib/money';
import { normHoursText } from '../../lib/norm-hours-text';
import { messages } from './messages';

export type QueueRow = DeskQueueQuery['requestQueue'][number];

export interface QueueActions {
  start(row: QueueRow): void;
  /** The request being started, if any: its button waits, the others are held back. */
  startingId(): string | null;
}

const text = messages.queue.columns;

export function queueColumns(actions: QueueActions): DeskColumn<QueueRow>[] {
  return [
    { key: 'position', label: text.position, numeric: true, cell: (row) => row.queuePosition },
    { key: 'number', label: text.number, cell: requestLink },
    { key: 'title', label: text.title, cell: subject },
    { key: 'deadline', label: text.deadline, cell: (row) => h(DeadlineText, { sla: row.sla }) },
    { key: 'estimate', label: text.estimate, numeric: true, cell: estimate },
    {
      key: 'approvedAt',
      label: text.approvedAt,
      cell: (row) => row.approvedAt && h(InstantText, { iso: row.approvedAt, seconds: true }),
    },
    {
      key: 'expectedStart',
      label: text.expectedStart,
      cell: (row) => row.expectedStart && h(InstantText, { iso: row.expectedStart }),
    },
    { key: 'next', label: text.next, cell: (row) => nextStep(row, actions) },
  ];
}

export function requestLink(row: { id: string; number: number }) {
  return h(RouterLink, { to: `/requests/${row.id}` }, () => messages.requestNumber(row.number));
}

/** What the request is about, and whose it is beneath: the queue needs room for its deadline. */
function subject(row: QueueRow) {
  return [h('span', row.title), h('br'), h('span', { class: 'muted' }, row.customerName)];
}

function estimate(row: QueueRow) {
  return [
    h('span', normHoursText(row.totals.estimateNormHours)),
    h('br'),
    h('span', { class: 'muted' }, formatMoney(row.totals.estimateAmount)),
  ];
}

function nextStep(row: QueueRow, actions: QueueActions) {
  if (!row.actions.includes('startStage')) {
    return h(RouterLink, { to: `/requests/${row.id}` }, () => messages.queue.open);
  }
  const starting = actions.startingId();
  return h(
    'button',
    {
      type: 'button',
      class: 'button',
      disabled: starting !== null,
      'aria-label': messages.queue.startLabel(row.number),
      'data-testid': 'queue-start',
      onClick: () => actions.start(row),
    },
    starting === row.id ? messages.queue.starting : messages.queue.start,
  );
}
