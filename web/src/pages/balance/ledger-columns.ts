/**
 * The ledger table's columns. A hold or its release moves hours between the balance and the
 * reserve, not in or out: its row is tagged «резерв» and its balance stays as it was.
 */
import { h } from 'vue';

import type { DeskColumn } from '../../components/desk/desk-column';
import type { BalanceQuery } from '../../gql/graphql';
import { formatNormHours } from '../../lib/decimal-format';
import { formatMoscowDate, formatSignedHours, isReserveMove } from './ledger-format';
import { messages } from './messages';

type LedgerConnection = NonNullable<NonNullable<BalanceQuery['viewer']>['customer']>['ledger'];
export type LedgerRow = LedgerConnection['edges'][number]['node'];

const text = messages.columns;

export const ledgerColumns: DeskColumn<LedgerRow>[] = [
  {
    key: 'date',
    label: text.date,
    cell: (row) => h('time', { datetime: row.createdAt }, formatMoscowDate(row.createdAt)),
  },
  { key: 'kind', label: text.kind, cell: (row) => messages.kinds[row.kind] ?? row.kind },
  { key: 'hours', label: text.hours, numeric: true, cell: hours },
  {
    key: 'balanceAfter',
    label: text.balanceAfter,
    numeric: true,
    cell: (row) => formatNormHours(row.balanceAfter),
  },
  { key: 'reason', label: text.reason, cell: (row) => row.reason ?? '' },
];

/** A reserve move's hours go to or from the reserve: the tag says so beside the figure. */
function hours(row: LedgerRow) {
  const shown = formatSignedHours(row.hours);
  if (!isReserveMove(row.kind)) return shown;
  return [h('span', { class: 'tag', 'data-testid': 'reserve-tag' }, messages.reserve), ' ', shown];
}
