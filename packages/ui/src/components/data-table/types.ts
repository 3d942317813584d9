/** One column of an FwDataTable. */
export interface FwDataTableColumn<Row = Record<string, unknown>> {
  /** The row property shown in the column (and the key sent in `update:sort`). */
  key: string;
  title: string;
  /** The server can sort by this column; its header becomes a button. */
  sortable?: boolean;
  align?: 'start' | 'center' | 'end';
  /** Any CSS width, e.g. '8em' or '20%'. */
  width?: string;
  /** Formats the cell text; a `#cell-<key>` slot wins over it. */
  format?: (value: unknown, row: Row) => string;
}

export type FwSortOrder = 'asc' | 'desc';

export interface FwDataTableSort {
  key: string;
  order: FwSortOrder;
}
