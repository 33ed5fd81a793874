/**
 * A column of a staff table, as data: its heading and how a row's cell is drawn. A table is a
 * list of these, so a new column (a deadline, say) is one entry in one list.
 */
import type { FunctionalComponent, VNodeChild } from 'vue';

export interface DeskColumn<Row> {
  /** Stable name of the column: the key of its cells and their `data-column`. */
  key: string;
  label: string;
  /** Figures: right-aligned, in tabular digits. */
  numeric?: boolean;
  cell: (row: Row) => VNodeChild;
}

/** A row's tint: amber to warn, red to alarm. */
export type RowTone = 'warning' | 'danger';

/** Draws whatever a column's `cell` returns: text, a node or several. */
export const RenderedCell: FunctionalComponent<{ render: () => VNodeChild }> = (props) =>
  props.render();
