import { describe, expect, it } from 'vitest';
import { buildFieldTable } from '../model/fields';
import { makeExperiment, makeObservation } from '../model/test-data';
import { defaultView } from '../model/view';
import { buildHistoryFigure } from './history';
import { buildParallelFigure, readParallelEdits, rowsInBrushes } from './parallel';
import { buildSceneFigure } from './scene';

const rows = [
  makeObservation(1, {
    lr: 0.1,
    accuracy: 0.5,
    metadata: { host: '<b>x</b>', eval_seconds: 2 },
  }),
  makeObservation(2, {
    lr: 0.01,
    accuracy: 0.4,
    metadata: { host: 'plain', eval_seconds: 6 },
  }),
  makeObservation(3, {
    lr: 0.2,
    failed: true,
    metadata: { host: 'plain', eval_seconds: 9 },
  }),
  makeObservation(4, { lr: 0.3, accuracy: 0.8, metadata: { eval_seconds: 4 } }),
];
const table = buildFieldTable(makeExperiment(), rows, 1);
const base = defaultView(table);

describe('Experiment History figure', () => {
  it('plots a string metadata key by category code with escaped tick labels', () => {
    const figure = buildHistoryFigure(table, {
      ...base.history,
      x: 'd.host',
      bestSeen: false,
    });
    const trace = figure.traces[0]!;
    expect([...(trace.x as Float64Array)]).toEqual([0, 1]);
    expect([...(trace.y as Float64Array)]).toEqual([0.5, 0.4]);
    const xaxis = figure.layout.xaxis as { ticktext: string[] };
    expect(xaxis.ticktext).toEqual(['&lt;b&gt;x&lt;/b&gt;', 'plain']);
    expect(figure.leftOut).toEqual([
      { reason: 'failed', count: 1 },
      { reason: 'no host', count: 1 },
    ]);
  });

  it('draws the best value seen so far as a step line over the index', () => {
    const figure = buildHistoryFigure(table, base.history);
    const best = figure.traces.find((trace) => trace.name === 'best seen')!;
    expect(best.x).toEqual([1, 4]);
    expect(best.y).toEqual([0.5, 0.8]);

    const flat = buildFieldTable(makeExperiment(), rows.slice(0, 2), 1);
    const held = buildHistoryFigure(flat, base.history).traces.find(
      (t) => t.name === 'best seen',
    )!;
    expect(held.x).toEqual([1, 2]);
    expect(held.y).toEqual([0.5, 0.5]);
  });

  it('shows failed observations without a metric value in a strip under the plot', () => {
    const figure = buildHistoryFigure(table, { ...base.history, showFailed: true });
    const strip = figure.traces.find((trace) => trace.yaxis === 'y2')!;
    expect([...(strip.x as Float64Array)]).toEqual([3]);
    expect(figure.rowsByTrace[figure.traces.indexOf(strip)]).toEqual(
      Int32Array.from([2]),
    );
    expect([...figure.plottedRows]).toEqual([0, 1, 2, 3]);
    expect(figure.leftOut).toEqual([]);
  });

  it('colours by a categorical field with one escaped legend entry per category', () => {
    const figure = buildHistoryFigure(table, {
      ...base.history,
      color: 'd.host',
      bestSeen: false,
    });
    expect(figure.traces.map((trace) => trace.name)).toEqual([
      '&lt;b&gt;x&lt;/b&gt;',
      'plain',
      'no host',
    ]);
    expect(figure.rowsByTrace).toEqual([
      Int32Array.from([0]),
      Int32Array.from([1]),
      Int32Array.from([3]),
    ]);
  });
});

describe('Full Experiment History figure', () => {
  it('breaks markup in scene tick labels, which the 3D scene would otherwise style', () => {
    const figure = buildSceneFigure(table, { ...base.scene, x: 'd.host', color: null });
    const scene = figure.layout.scene as { xaxis: { ticktext: string[] } };
    expect(scene.xaxis.ticktext).toEqual(['<\u200bb>x<\u200b/b>', 'plain']);
  });
});

describe('Parallel Coordinates figure', () => {
  const view = {
    ...base.parallel,
    dimensions: ['d.eval_seconds', 'd.host'],
    color: null,
  };

  it('labels categorical dimensions by their values and escapes only axis labels', () => {
    const figure = buildParallelFigure(table, view);
    const dims = figure.traces[0]!.dimensions as Array<Record<string, unknown>>;
    expect(dims[1]!.ticktext).toEqual(['<b>x</b>', 'plain']);
    expect(dims[1]!.name).toBe('d.host');
    expect([...figure.plottedRows]).toEqual([0, 1]);
  });

  it('lists exactly the rows inside every brushed range', () => {
    const brushed = {
      ...view,
      dimensions: ['d.eval_seconds'],
      brushes: { 'd.eval_seconds': [[3, 10]] as Array<[number, number]> },
    };
    const figure = buildParallelFigure(table, brushed);
    expect([...rowsInBrushes(table, brushed, figure.plottedRows)]).toEqual([1, 3]);
    const dims = figure.traces[0]!.dimensions as Array<Record<string, unknown>>;
    expect(dims[0]!.constraintrange).toEqual([3, 10]);
  });

  it('hands plotly the same arrays when only the brushes change', () => {
    const first = buildParallelFigure(table, view);
    const brushed = buildParallelFigure(table, {
      ...view,
      brushes: { 'd.eval_seconds': [[1, 3]] },
    });
    const values = (figure: typeof first) =>
      (figure.traces[0]!.dimensions as Array<{ values: Float64Array }>).map(
        (d) => d.values,
      );
    expect(values(brushed)[0]).toBe(values(first)[0]);
    expect(brushed.plottedRows).toBe(first.plottedRows);

    const logged = buildParallelFigure(table, { ...view, log: ['d.eval_seconds'] });
    expect(values(logged)[0]).not.toBe(values(first)[0]);
  });

  it('compares brushes on log dimensions in log10 units', () => {
    const logged = {
      ...view,
      dimensions: ['p.lr'],
      log: ['p.lr'],
      brushes: { 'p.lr': [[-1.5, -0.9]] as Array<[number, number]> },
    };
    const figure = buildParallelFigure(table, logged);
    expect([...rowsInBrushes(table, logged, figure.plottedRows)]).toEqual([0]);
  });

  it('reads the order and brushes plotly wrote back after a drag', () => {
    const edits = readParallelEdits([
      {
        name: 'd.host',
        constraintrange: [
          [0, 0.5],
          [0.8, 1],
        ],
      },
      { name: 'p.lr' },
      { name: 'd.eval_seconds', constraintrange: [7, 2] },
    ]);
    expect(edits.order).toEqual(['d.host', 'p.lr', 'd.eval_seconds']);
    expect(edits.brushes).toEqual({
      'd.host': [
        [0, 0.5],
        [0.8, 1],
      ],
      'd.eval_seconds': [[2, 7]],
    });
  });
});
