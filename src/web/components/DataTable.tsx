import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { SortDirection } from '../lib/compare';

/** One column of a DataTable; `render` gets only the visible rows, so it may be simple. */
export interface DataColumn<Row> {
  key: string;
  /** Plain text header. */
  header: string;
  /** Width in pixels. */
  width: number;
  /** Numbers align to the end so their digits line up. */
  align?: 'start' | 'end';
  render: (row: Row) => ReactNode;
  /** Full text shown on hover, for cells that the width cuts. */
  title?: (row: Row) => string | undefined;
  cellClassName?: (row: Row) => string | undefined;
  /** Defaults to true when the table has an `onSort`. */
  sortable?: boolean;
}

export interface TableSort {
  key: string;
  direction: SortDirection;
}

interface Props<Row> {
  label: string;
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  sort?: TableSort | null;
  onSort?: (key: string) => void;
  onRowClick?: (row: Row) => void;
  rowClassName?: (row: Row) => string | undefined;
  /** The row shown in a drawer, highlighted. */
  activeKey?: string | null;
  /** Shown under the header when there are no rows. */
  empty?: ReactNode;
  /** CSS height of the scrolling area. */
  height?: string;
  testId?: string;
}

const ROW_HEIGHT = 32;

/**
 * A table that renders only the rows in view, so 100,000 rows scroll smoothly. The
 * scrolling element stays mounted while rows change, which keeps the scroll position
 * when live data arrives.
 */
export function DataTable<Row>(props: Props<Row>) {
  const { rows, columns, rowKey, sort, onSort, onRowClick, rowClassName, activeKey } =
    props;
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
  });

  const template = columns.map((column) => `${column.width}px`).join(' ');
  const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);

  function onRowKeyDown(event: KeyboardEvent, row: Row) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRowClick?.(row);
    }
  }

  return (
    <div
      ref={scrollRef}
      className="data-table-scroll"
      style={{ height: props.height ?? '65vh' }}
      data-testid={props.testId}
    >
      <div
        role="table"
        aria-label={props.label}
        aria-rowcount={rows.length + 1}
        className="data-table"
        style={{ width: totalWidth }}
      >
        <div role="rowgroup" className="data-table-head">
          <div
            role="row"
            className="data-table-row"
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((column) => (
              <HeaderCell
                key={column.key}
                column={column}
                sort={sort ?? null}
                onSort={column.sortable === false ? undefined : onSort}
              />
            ))}
          </div>
        </div>

        <div
          role="rowgroup"
          className="data-table-body"
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const key = rowKey(row);
            const extra = rowClassName?.(row);
            const active = key === activeKey ? ' data-table-row-active' : '';
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-row-key={key}
                tabIndex={onRowClick ? 0 : undefined}
                className={`data-table-row${extra ? ` ${extra}` : ''}${active}`}
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                onKeyDown={onRowClick ? (event) => onRowKeyDown(event, row) : undefined}
              >
                {columns.map((column) => (
                  <div
                    key={column.key}
                    role="cell"
                    className={cellClass(column, row)}
                    title={column.title?.(row)}
                  >
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && props.empty ? (
          <div className="data-table-empty">{props.empty}</div>
        ) : null}
      </div>
    </div>
  );
}

function cellClass<Row>(column: DataColumn<Row>, row: Row): string {
  const extra = column.cellClassName?.(row);
  const align = column.align === 'end' ? ' data-table-cell-end' : '';
  return `data-table-cell${align}${extra ? ` ${extra}` : ''}`;
}

function HeaderCell<Row>({
  column,
  sort,
  onSort,
}: {
  column: DataColumn<Row>;
  sort: TableSort | null;
  onSort: ((key: string) => void) | undefined;
}) {
  const direction = sort?.key === column.key ? sort.direction : null;
  const ariaSort =
    direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
  const arrow = direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : '';
  const align = column.align === 'end' ? ' data-table-cell-end' : '';

  return (
    <div
      role="columnheader"
      aria-sort={onSort ? ariaSort : undefined}
      className={`data-table-cell data-table-header${align}`}
      title={column.header}
    >
      {onSort ? (
        <button
          type="button"
          className="data-table-sort"
          onClick={() => onSort(column.key)}
        >
          {column.header}
          {arrow}
        </button>
      ) : (
        column.header
      )}
    </div>
  );
}
