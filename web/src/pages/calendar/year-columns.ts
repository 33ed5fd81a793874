/** The columns of the table of calendar years: a row per year the deadlines know. */
import { h } from 'vue';

import type { DeskColumn } from '../../components/desk/desk-column';
import InstantText from '../../components/request/InstantText.vue';
import type { CalendarYearsQuery } from '../../gql/graphql';
import { messages } from './messages';

/** A year as the table shows it; DeskTable keys its rows by `id`. */
export type YearRow = CalendarYearsQuery['businessCalendarYears'][number] & { id: string };

const text = messages.years;

export const yearColumns: readonly DeskColumn<YearRow>[] = [
  { key: 'year', label: text.year, cell: (row) => h('strong', String(row.year)) },
  { key: 'source', label: text.source, cell: (row) => row.source },
  { key: 'days', label: text.days, numeric: true, cell: (row) => String(row.dayCount) },
  { key: 'origin', label: text.origin, cell: (row) => text.origins[row.origin] },
  { key: 'loadedAt', label: text.loadedAt, cell: (row) => h(InstantText, { iso: row.loadedAt }) },
];
