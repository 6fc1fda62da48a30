// Parallel Coordinates with brushing linked to a table of the matching observations.
// Brushes and axis order made by dragging in the plot are written back to the URL.
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { GraphDiv } from '../../../lib/plotly/adapter';
import {
  buildParallelFigure,
  readParallelEdits,
  rowsInBrushes,
} from '../figures/parallel';
import type { FieldTable } from '../model/fields';
import type { ParallelView } from '../model/view';
import { BrushTable } from './BrushTable';
import { DimensionChooser } from './DimensionChooser';
import { FieldPicker } from './FieldPicker';
import { PlotFrame } from './PlotFrame';

interface Props {
  table: FieldTable;
  view: ParallelView;
  defaults: string[];
  onChange: (view: ParallelView) => void;
  onOpenObservation: (id: string) => void;
  fileName: string;
}

type Brushes = ParallelView['brushes'];

function sameBrushes(a: Brushes, b: Brushes) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function ParallelPanel(props: Props) {
  const { table, defaults, onChange, onOpenObservation, fileName } = props;

  // A finished brush updates the table at once; the URL (updated by the router in a
  // transition) would otherwise wait behind parcoords' seconds-long repaint frames.
  // The pending brushes apply only while the URL still holds those they replaced.
  const [pending, setPending] = useState<{ from: Brushes; to: Brushes } | null>(null);
  const brushes =
    pending && sameBrushes(pending.from, props.view.brushes)
      ? pending.to
      : props.view.brushes;
  const view = useMemo(
    () => (brushes === props.view.brushes ? props.view : { ...props.view, brushes }),
    [props.view, brushes],
  );

  const figure = useMemo(() => buildParallelFigure(table, view), [table, view]);
  const brushedRows = useMemo(
    () => rowsInBrushes(table, view, figure.plottedRows),
    [table, view, figure],
  );

  const onRestyle = (graph: GraphDiv) => {
    const dimensions = graph.data[0]?.dimensions;
    if (!Array.isArray(dimensions)) return;

    const edits = readParallelEdits(dimensions);
    const reordered = edits.order.join('\n') !== view.dimensions.join('\n');
    if (!reordered && sameBrushes(edits.brushes, view.brushes)) return;

    if (!reordered)
      flushSync(() => setPending({ from: props.view.brushes, to: edits.brushes }));
    onChange({
      ...view,
      dimensions: reordered ? edits.order : view.dimensions,
      brushes: edits.brushes,
    });
  };

  return (
    <section className="analysis-panel" aria-label="Parallel Coordinates">
      <DimensionChooser
        table={table}
        view={view}
        defaults={defaults}
        onChange={onChange}
      />
      <div className="analysis-controls">
        <FieldPicker
          label="colour"
          testId="parallel-colour"
          table={table}
          value={view.color}
          allowNone
          onChange={(color) => onChange({ ...view, color })}
        />
        <span className="muted">
          Drag an axis title to reorder; drag along an axis to brush a range.
        </span>
      </div>
      {view.dimensions.length === 0 ? (
        <div className="analysis-empty">
          <p>Choose at least one dimension, or reset to the default ones.</p>
          <button
            type="button"
            onClick={() => onChange({ ...view, dimensions: defaults, brushes: {} })}
          >
            Reset dimensions
          </button>
        </div>
      ) : (
        <>
          <PlotFrame
            testId="parallel-graph"
            table={table}
            figure={figure}
            height={460}
            fileName={`${fileName}-parallel`}
            onOpenObservation={onOpenObservation}
            onRestyle={onRestyle}
            csvRows={brushedRows}
            csvLabel="CSV (table rows)"
          />
          <BrushTable
            table={table}
            rows={brushedRows}
            fieldKeys={figure.fieldKeys}
            brushed={brushedRows !== figure.plottedRows}
            onOpenObservation={onOpenObservation}
          />
        </>
      )}
    </section>
  );
}
