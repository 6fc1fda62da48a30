// Ordering of table cells that may hold numbers, text or nothing: numbers sort as numbers,
// text naturally ("i-2" before "i-10"), numbers before text, and empty cells always last.

export type CellValue = string | number | null;
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function rank(value: CellValue): number {
  if (value === null || (typeof value === 'number' && Number.isNaN(value))) return 2;
  return typeof value === 'number' ? 0 : 1;
}

/** Compares two cells; `direction` flips the order within numbers and within text only. */
export function compareCells(
  a: CellValue,
  b: CellValue,
  direction: SortDirection,
): number {
  const rankA = rank(a);
  const rankB = rank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 2) return 0;

  const order =
    rankA === 0
      ? (a as number) - (b as number)
      : collator.compare(a as string, b as string);
  return direction === 'asc' ? order : -order;
}

/**
 * Rows sorted by one extracted cell each, ties broken by `tieBreak` (also extracted once),
 * so the comparator never re-reads a row. Returns a new array.
 */
export function sortByCell<Row>(
  rows: readonly Row[],
  cellOf: (row: Row) => CellValue,
  direction: SortDirection,
  tieBreak: (row: Row) => number,
): Row[] {
  const cells = rows.map(cellOf);
  const ties = rows.map(tieBreak);
  const order = rows.map((_, index) => index);

  order.sort((i, j) => {
    const byCell = compareCells(cells[i] ?? null, cells[j] ?? null, direction);
    if (byCell !== 0) return byCell;
    const byTie = (ties[i] ?? 0) - (ties[j] ?? 0);
    return direction === 'asc' ? byTie : -byTie;
  });

  return order.map((index) => rows[index] as Row);
}

/** The median of some numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? null;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
