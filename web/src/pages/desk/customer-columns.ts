/** The customers table's columns: each organisation's norm-hours, and a manager's way in. */
import { h } from 'vue';

import type { DeskColumn } from '../../components/desk/desk-column';
import type { DeskCustomersQuery } from '../../gql/graphql';
import { normHoursText } from '../../lib/norm-hours-text';
import { messages } from './messages';

export type CustomerRow = DeskCustomersQuery['customers'][number];

const text = messages.customers.columns;

/** With `choose`, each row gets a button that picks the customer for the forms below. */
export function customerColumns(choose?: (row: CustomerRow) => void): DeskColumn<CustomerRow>[] {
  const columns: DeskColumn<CustomerRow>[] = [
    { key: 'name', label: text.name, cell: (row) => row.name },
    {
      key: 'balance',
      label: text.balance,
      numeric: true,
      cell: (row) => normHoursText(row.balance),
    },
    {
      key: 'available',
      label: text.available,
      numeric: true,
      cell: (row) => normHoursText(row.available),
    },
  ];
  if (!choose) return columns;

  const button = (row: CustomerRow) =>
    h(
      'button',
      {
        type: 'button',
        class: 'button button--quiet',
        'data-testid': 'customer-choose',
        onClick: () => choose(row),
      },
      messages.customers.choose,
    );
  return [...columns, { key: 'action', label: text.action, cell: button }];
}
