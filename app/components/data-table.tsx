import type { ReactNode } from "react";

export type DataColumn<Row> = {
  id: string;
  header: ReactNode;
  /** The label beside each value when rows are shown as cards; defaults to `header` when that is text. */
  cardLabel?: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  /** The cell names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Shown first on a card, on one line with the other lead cells (the reference and the due tag). */
  lead?: boolean;
  /** Never wraps: references and codes read on one line. */
  nowrap?: boolean;
  /** No label on the card: the value says what it is (a case reference). */
  cardLabelHidden?: boolean;
};

/**
 * The one table for lists of records. Wide screens get a table whose columns are never narrower than their
 * longest word; on narrow screens each row becomes a card of "label: value" lines, lead cells first.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  rowClassName,
  stacked = true,
  className,
}: {
  caption?: ReactNode;
  captionHidden?: boolean;
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Shown in a single row when there are no rows. */
  empty?: ReactNode;
  rowClassName?: (row: Row) => string | undefined;
  /** Cards on narrow screens (off for two-column tables, which fit any width as they are). */
  stacked?: boolean;
  className?: string;
}) {
  const tableClass = ["table", "data-table", stacked ? "data-table--stacked" : null, className].filter(Boolean).join(" ");
  return (
    <div className="table-wrap">
      <table className={tableClass}>
        {caption ? <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr className="data-table__empty">
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => {
                  const Cell = column.rowHeader ? "th" : "td";
                  const classes = [column.numeric ? "numeric" : null, column.lead ? "data-table__lead" : null, column.nowrap ? "nowrap" : null].filter(Boolean).join(" ");
                  const label = column.cardLabel ?? (typeof column.header === "string" ? column.header : null);
                  // The card label is CSS generated content (`data-label`): it shows only on cards, and the cell's
                  // text stays its value.
                  return (
                    <Cell key={column.id} scope={column.rowHeader ? "row" : undefined} className={classes || undefined} data-label={stacked && label && !column.cardLabelHidden ? label : undefined}>
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
