// Experiment History: a 2D scatter of any two fields, coloured by a third, with the
// best value seen so far and (on request) failed observations.
import type { PlotObject, PlotTrace } from '../../../lib/plotly/adapter';
import { escapePlotlyText } from '../../../lib/plotly/escape';
import { CREATED_KEY, INDEX_KEY, type FieldTable } from '../model/fields';
import { selectRows, type LeftOut } from '../model/select';
import type { HistoryView } from '../model/view';
import { CATEGORY_COLOURS, FAILED_COLOUR, cartesianAxis, canLog, pick } from './axes';
import { colourGroups } from './colour';

/** Above this many points the scatter is drawn with WebGL. */
export const WEBGL_THRESHOLD = 2000;

export interface Figure {
  traces: PlotTrace[];
  layout: PlotObject;
  /** For each trace, the row behind each point (empty for lines such as best seen). */
  rowsByTrace: Int32Array[];
  /** Every row drawn as a point, for the CSV export. */
  plottedRows: Int32Array;
  leftOut: LeftOut[];
  /** Fields shown, in order, for hover text and the CSV export. */
  fieldKeys: string[];
}

/** The running best of an optimized metric, as a step line in creation order. */
function bestSeenTrace(
  table: FieldTable,
  view: HistoryView,
  type: string,
): PlotTrace | null {
  const metric = table.byKey.get(view.y)?.metric;
  const xIsOrder = view.x === INDEX_KEY || view.x === CREATED_KEY;
  if (!view.bestSeen || !xIsOrder || !metric || metric.strategy !== 'optimize')
    return null;

  const xs = table.columns.get(view.x);
  const ys = table.columns.get(view.y);
  if (!xs || !ys) return null;

  const maximize = metric.objective === 'maximize';
  const lineX: number[] = [];
  const lineY: number[] = [];
  let best = Number.NaN;
  let lastX = Number.NaN;
  // Only the improvements are points: the 'hv' line shape draws the flat steps between.
  for (let row = 0; row < table.rows.length; row++) {
    const value = ys[row] ?? Number.NaN;
    if (table.failed[row] === 1 || Number.isNaN(value)) continue;
    if (view.logY && value <= 0) continue;
    lastX = xs[row] ?? Number.NaN;
    if (!Number.isNaN(best) && (maximize ? value <= best : value >= best)) continue;
    best = value;
    lineX.push(lastX);
    lineY.push(best);
  }
  if (lineX.length > 0 && lineX[lineX.length - 1] !== lastX) {
    lineX.push(lastX);
    lineY.push(best);
  }
  return {
    type,
    name: 'best seen',
    mode: 'lines',
    x: lineX,
    y: lineY,
    line: { shape: 'hv', color: '#111827', width: 1.5 },
    hoverinfo: 'skip',
  } as PlotTrace;
}

export function buildHistoryFigure(table: FieldTable, view: HistoryView): Figure {
  const xField = table.byKey.get(view.x);
  const yField = table.byKey.get(view.y);
  const logX = view.logX && canLog(xField);
  const logY = view.logY && canLog(yField);
  const logKeys = new Set([...(logX ? [view.x] : []), ...(logY ? [view.y] : [])]);

  const selection = selectRows(table, { fieldKeys: [view.x, view.y], logKeys });
  const total = table.rows.length;
  const type = total > WEBGL_THRESHOLD ? 'scattergl' : 'scatter';
  const size = total > 20_000 ? 3 : total > WEBGL_THRESHOLD ? 4 : 7;

  const traces: PlotTrace[] = [];
  const rowsByTrace: Int32Array[] = [];
  const addPoints = (
    rows: Int32Array,
    name: string | null,
    marker: PlotObject,
    yaxis = 'y',
  ) => {
    traces.push({
      type,
      mode: 'markers',
      name: name ?? 'observations',
      showlegend: name !== null,
      x: pick(table, view.x, rows),
      y: yaxis === 'y' ? pick(table, view.y, rows) : new Float64Array(rows.length),
      yaxis,
      marker: { size, ...marker },
      hoverinfo: 'none',
    });
    rowsByTrace.push(rows);
  };

  const groups = colourGroups(
    table,
    selection.rows,
    view.color,
    CATEGORY_COLOURS[0] ?? 'blue',
  );
  for (const group of groups) addPoints(group.rows, group.name, group.marker);

  const failed = view.showFailed ? failedRows(table, view, logKeys) : null;
  if (failed && failed.withY.length > 0) {
    addPoints(failed.withY, 'failed', { color: FAILED_COLOUR, symbol: 'x' });
  }
  if (failed && failed.withoutY.length > 0) {
    const name = escapePlotlyText(`failed (no ${yField?.label ?? view.y})`);
    addPoints(
      failed.withoutY,
      name,
      { color: FAILED_COLOUR, symbol: 'line-ns-open' },
      'y2',
    );
  }

  const best = bestSeenTrace(table, view, type);
  if (best) {
    traces.push(best);
    rowsByTrace.push(new Int32Array());
  }

  const leftOut = failed
    ? selection.leftOut.filter((item) => item.reason !== 'failed')
    : selection.leftOut;
  const strip = failed !== null && failed.withoutY.length > 0;
  const layout: PlotObject = {
    // Changing what is plotted resets zoom; new observations arriving do not.
    uirevision: `${view.x}|${view.y}|${logX}|${logY}`,
    margin: { l: 70, r: 20, t: 20, b: 60 },
    hovermode: 'closest',
    showlegend: traces.some((trace) => trace.showlegend !== false),
    legend: { orientation: 'h', y: -0.2 },
    xaxis: {
      ...(xField ? cartesianAxis(xField, logX) : {}),
      automargin: true,
      // With the failed strip, ticks go under the strip, the bottom of the figure.
      ...(strip ? { anchor: 'y2' } : {}),
    },
    yaxis: {
      ...(yField ? cartesianAxis(yField, logY) : {}),
      automargin: true,
      domain: strip ? [0.12, 1] : [0, 1],
    },
    ...(strip
      ? {
          yaxis2: {
            domain: [0, 0.06],
            showticklabels: false,
            showgrid: false,
            zeroline: false,
            fixedrange: true,
            title: { text: 'failed', font: { size: 10 } },
          },
        }
      : {}),
  };

  const plotted = [selection.rows, failed?.withY, failed?.withoutY].flatMap((rows) =>
    rows ? [...rows] : [],
  );
  return {
    traces,
    layout,
    rowsByTrace,
    plottedRows: Int32Array.from(plotted).sort(),
    leftOut: failed ? [...leftOut, ...failed.leftOut] : leftOut,
    fieldKeys: [view.x, view.y, ...(view.color ? [view.color] : [])],
  };
}

/** Failed rows with an x value: those with a y value, and those drawn in the strip. */
function failedRows(table: FieldTable, view: HistoryView, logKeys: Set<string>) {
  const xs = table.columns.get(view.x);
  const ys = table.columns.get(view.y);
  const withY: number[] = [];
  const withoutY: number[] = [];
  let lackingX = 0;
  for (let row = 0; row < table.rows.length; row++) {
    if (table.failed[row] !== 1) continue;
    const x = xs?.[row] ?? Number.NaN;
    const y = ys?.[row] ?? Number.NaN;
    if (Number.isNaN(x) || (logKeys.has(view.x) && x <= 0)) {
      lackingX++;
      continue;
    }
    const yDrawable = !Number.isNaN(y) && !(logKeys.has(view.y) && y <= 0);
    (yDrawable ? withY : withoutY).push(row);
  }

  const label = table.byKey.get(view.x)?.label ?? view.x;
  const leftOut =
    lackingX > 0 ? [{ reason: `failed with no ${label}`, count: lackingX }] : [];
  return { withY: Int32Array.from(withY), withoutY: Int32Array.from(withoutY), leftOut };
}
