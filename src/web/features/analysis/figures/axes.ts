// Pieces shared by the figure builders: colours, axis settings per field scale, and the
// per-point values plotly gets (categorical fields are drawn by their codes).
import { escapePlotlyText } from '../../../lib/plotly/escape';
import type { PlotObject } from '../../../lib/plotly/adapter';
import type { Field, FieldTable } from '../model/fields';

/** Ten colours that stay apart for common colour-vision deficiencies. */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
export const FAILED_COLOUR = '#b91c1c';
export const MISSING_COLOUR = '#c4c4c4';
export const CONTINUOUS_SCALE = 'Viridis';

/** Categorical colour fields with more categories than this use one colour bar instead. */
export const MAX_LEGEND_CATEGORIES = 24;
const MAX_TICK_LABELS = 40;

export function categoryColour(code: number): string {
  return CATEGORY_COLOURS[code % CATEGORY_COLOURS.length] ?? '#4e79a7';
}

/** Values of one field for the given rows, as a fresh Float64Array. */
export function pick(table: FieldTable, key: string, rows: Int32Array): Float64Array {
  const column = table.columns.get(key);
  const out = new Float64Array(rows.length);
  if (!column) return out.fill(Number.NaN);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i] as number] ?? Number.NaN;
  return out;
}

/** Category ticks, thinned so that long lists stay readable. */
export function categoryTicks(field: Field, text: (label: string) => string) {
  const step = Math.max(1, Math.ceil(field.categories.length / MAX_TICK_LABELS));
  const tickvals: number[] = [];
  const ticktext: string[] = [];
  field.categories.forEach((name, code) => {
    if (code % step !== 0) return;
    tickvals.push(code);
    ticktext.push(text(name));
  });
  return { tickvals, ticktext };
}

/**
 * A cartesian axis (2D plot) for a field: dates for created time, category names for
 * categorical fields, log when asked and allowed. Titles and tick labels are escaped.
 */
export function cartesianAxis(field: Field, log: boolean): PlotObject {
  const title = { text: escapePlotlyText(field.label) };
  if (field.scale === 'time') return { title, type: 'date' };
  if (field.scale === 'categorical') {
    return {
      title,
      type: 'linear',
      ...categoryTicks(field, escapePlotlyText),
      tickmode: 'array',
      range: [-0.5, Math.max(field.categories.length - 0.5, 0.5)],
      zeroline: false,
    };
  }
  return { title, type: log ? 'log' : 'linear' };
}

/** Whether a log scale makes sense for a field (numeric, not a date or category). */
export function canLog(field: Field | undefined): boolean {
  return field?.scale === 'continuous';
}

/** A stepwise colour scale giving each category code its palette colour. */
export function categoryColourScale(count: number): Array<[number, string]> {
  if (count <= 1)
    return [
      [0, categoryColour(0)],
      [1, categoryColour(0)],
    ];
  const scale: Array<[number, string]> = [];
  for (let code = 0; code < count; code++) {
    const colour = categoryColour(code);
    scale.push([code / count, colour], [(code + 1) / count, colour]);
  }
  return scale;
}

/** A colour bar for a field: category names as ticks, or plain numbers. */
export function colourBar(field: Field): PlotObject {
  const title = { text: escapePlotlyText(field.label) };
  if (field.scale !== 'categorical') return { title };

  const { tickvals, ticktext } = categoryTicks(field, escapePlotlyText);
  return { title, tickmode: 'array', tickvals, ticktext };
}
