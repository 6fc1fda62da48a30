// The rows a plot shows, as CSV: observation id and time, then the plotted fields.
import { toCsv, type CsvCell } from '../../../lib/csv';
import type { FieldTable } from './fields';

/** Raw numbers (not rounded), category names, and ISO times, so the file re-imports cleanly. */
export function plottedRowsCsv(
  table: FieldTable,
  rows: Int32Array,
  fieldKeys: string[],
): string {
  const fields = [...new Set(fieldKeys)]
    .map((key) => table.byKey.get(key))
    .filter((field) => field !== undefined);
  const header = ['id', 'created', 'failed', ...fields.map((field) => field.label)];

  const lines: CsvCell[][] = [];
  for (const row of rows) {
    const observation = table.rows[row];
    if (!observation) continue;

    const cells: CsvCell[] = [
      observation.id,
      new Date(observation.created * 1000).toISOString(),
      observation.failed ? 'yes' : 'no',
    ];
    for (const field of fields) {
      const value = table.columns.get(field.key)?.[row] ?? Number.NaN;
      if (Number.isNaN(value)) cells.push(null);
      else if (field.scale === 'categorical') cells.push(field.categories[value] ?? null);
      else if (field.scale === 'time') cells.push(new Date(value).toISOString());
      else cells.push(value);
    }
    lines.push(cells);
  }
  return toCsv(header, lines);
}
