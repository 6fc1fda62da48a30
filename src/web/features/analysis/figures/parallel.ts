// Parallel Coordinates: one line per observation through the chosen dimensions, with
// brushes (constraint ranges) that select the rows listed in the table under the plot.
import type { PlotObject, PlotTrace } from '../../../lib/plotly/adapter';
import { escapePlotlyText } from '../../../lib/plotly/escape';
import { FAILED_KEY, type Field, type FieldTable } from '../model/fields';
import { selectRows, type RowSelection } from '../model/select';
import type { BrushRanges, ParallelView } from '../model/view';
import {
  CONTINUOUS_SCALE,
  categoryColourScale,
  categoryTicks,
  colourBar,
  pick,
} from './axes';
import type { Figure } from './history';

/** Values a dimension plots: log10 of the field on a log dimension, else the field. */
export function dimensionValues(
  table: FieldTable,
  key: string,
  rows: Int32Array,
  log: boolean,
): Float64Array {
  const values = pick(table, key, rows);
  if (log)
    for (let i = 0; i < values.length; i++) values[i] = Math.log10(values[i] as number);
  return values;
}

function logTicks(values: Float64Array) {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const tickvals: number[] = [];
  for (let power = Math.floor(low); power <= Math.ceil(high); power++)
    tickvals.push(power);
  return { tickvals, ticktext: tickvals.map((power) => `1e${power}`) };
}

function timeTicks(values: Float64Array) {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (!Number.isFinite(low)) return {};
  const tickvals = [0, 0.25, 0.5, 0.75, 1].map((f) => low + (high - low) * f);
  return { tickvals, ticktext: tickvals.map((ms) => new Date(ms).toLocaleString()) };
}

/**
 * One plotly dimension. Parcoords draws tick labels as plain text but axis labels through
 * plotly's markup, so only the label is escaped.
 */
function dimension(
  field: Field,
  values: Float64Array,
  log: boolean,
  brush?: BrushRanges,
) {
  const ticks =
    field.scale === 'categorical'
      ? categoryTicks(field, (name) => name)
      : field.scale === 'time'
        ? timeTicks(values)
        : log
          ? logTicks(values)
          : {};
  const range =
    field.scale === 'categorical'
      ? [0, Math.max(field.categories.length - 1, 1)]
      : undefined;
  return {
    label: escapePlotlyText(log ? `${field.label} (log10)` : field.label),
    // Identifies the field when plotly hands the dimensions back after a drag.
    name: field.key,
    values,
    ...ticks,
    ...(range ? { range } : {}),
    ...(brush && brush.length > 0
      ? { constraintrange: brush.length === 1 ? brush[0] : brush }
      : {}),
  };
}

interface ColumnCache {
  signature: string;
  selection: RowSelection;
  arrays: Map<string, Float64Array>;
}

// The arrays of the last drawn selection, per field table. A brush only changes
// constraint ranges; handing plotly the very same arrays lets Plotly.react see that
// nothing else changed instead of re-reading 100,000 lines per dimension.
const columnCache = new WeakMap<FieldTable, ColumnCache>();

function plottedColumns(
  table: FieldTable,
  fieldKeys: string[],
  logKeys: Set<string>,
  includeFailed: boolean,
) {
  const signature = JSON.stringify([fieldKeys, [...logKeys].sort(), includeFailed]);
  let cache = columnCache.get(table);
  if (!cache || cache.signature !== signature) {
    const selection = selectRows(table, { fieldKeys, logKeys, includeFailed });
    cache = { signature, selection, arrays: new Map() };
    columnCache.set(table, cache);
  }

  const { selection, arrays } = cache;
  const values = (key: string, log: boolean) => {
    const id = `${log ? 'log' : 'raw'}:${key}`;
    let array = arrays.get(id);
    if (!array) {
      array = dimensionValues(table, key, selection.rows, log);
      arrays.set(id, array);
    }
    return array;
  };
  return { selection, values };
}

export function buildParallelFigure(table: FieldTable, view: ParallelView): Figure {
  const log = new Set(view.log);
  const colourKey = view.color ?? undefined;
  const colourField = colourKey ? table.byKey.get(colourKey) : undefined;
  const fields = view.dimensions
    .map((key) => table.byKey.get(key))
    .filter((field): field is Field => field !== undefined);
  const logKeys = new Set(
    fields.filter((f) => log.has(f.key) && f.scale === 'continuous').map((f) => f.key),
  );

  const { selection, values } = plottedColumns(
    table,
    [...fields.map((f) => f.key), ...(colourField ? [colourField.key] : [])],
    logKeys,
    view.dimensions.includes(FAILED_KEY),
  );
  const rows = selection.rows;

  const dimensions = fields.map((field) =>
    dimension(
      field,
      values(field.key, logKeys.has(field.key)),
      logKeys.has(field.key),
      view.brushes[field.key],
    ),
  );

  const categorical = colourField?.scale === 'categorical';
  const line: PlotObject = colourField
    ? {
        color: values(colourField.key, false),
        colorscale: categorical
          ? categoryColourScale(colourField.categories.length)
          : CONTINUOUS_SCALE,
        ...(categorical ? { cmin: -0.5, cmax: colourField.categories.length - 0.5 } : {}),
        showscale: true,
        colorbar: colourBar(colourField),
      }
    : { color: '#4e79a7' };

  const traces: PlotTrace[] = [{ type: 'parcoords', dimensions, line, labelangle: -20 }];
  const layout: PlotObject = {
    uirevision: 'parallel',
    margin: { l: 80, r: 80, t: 80, b: 30 },
  };
  return {
    traces,
    layout,
    rowsByTrace: [rows],
    plottedRows: rows,
    leftOut: selection.leftOut,
    fieldKeys: fields.map((f) => f.key),
  };
}

function inRanges(value: number, ranges: BrushRanges): boolean {
  return ranges.some(([low, high]) => value >= low && value <= high);
}

/** Rows of the plot inside every brushed range (in plotted units, log10 where logged). */
export function rowsInBrushes(
  table: FieldTable,
  view: ParallelView,
  plottedRows: Int32Array,
): Int32Array {
  const log = new Set(view.log);
  const checks = Object.entries(view.brushes)
    .filter(([key, ranges]) => view.dimensions.includes(key) && ranges.length > 0)
    .map(([key, ranges]) => ({
      column: table.columns.get(key),
      log: log.has(key) && table.byKey.get(key)?.scale === 'continuous',
      ranges,
    }));
  if (checks.length === 0) return plottedRows;

  return plottedRows.filter((row) =>
    checks.every(({ column, log: isLog, ranges }) => {
      const raw = column?.[row] ?? Number.NaN;
      return inRanges(isLog ? Math.log10(raw) : raw, ranges);
    }),
  );
}

/** Reads dimension order and brushes back from the data plotly edited in place. */
export function readParallelEdits(
  dimensions: Array<{ name?: unknown; constraintrange?: unknown }>,
): { order: string[]; brushes: Record<string, BrushRanges> } {
  const order: string[] = [];
  const brushes: Record<string, BrushRanges> = {};
  for (const dim of dimensions) {
    if (typeof dim.name !== 'string') continue;
    order.push(dim.name);
    const ranges = toRanges(dim.constraintrange);
    if (ranges.length > 0) brushes[dim.name] = ranges;
  }
  return { order, brushes };
}

function toRanges(value: unknown): BrushRanges {
  if (!Array.isArray(value) || value.length === 0) return [];
  const list = Array.isArray(value[0]) ? (value as unknown[][]) : [value as unknown[]];
  return list
    .map((pair) => [Number(pair[0]), Number(pair[1])] as [number, number])
    .filter(([low, high]) => Number.isFinite(low) && Number.isFinite(high))
    .map(([low, high]) => [Math.min(low, high), Math.max(low, high)] as [number, number]);
}
