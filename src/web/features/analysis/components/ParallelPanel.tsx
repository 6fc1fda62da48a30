// Parallel Coordinates with brushing linked to a table of the matching observations.
// Brushes and axis order made by dragging in the plot are written back to the URL.
import { useMemo } from 'react';
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

function sameBrushes(a: ParallelView['brushes'], b: ParallelView['brushes']) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function ParallelPanel(props: Props) {
  const { table, view, defaults, onChange, onOpenObservation, fileName } = props;
  const figure = useMemo(() => buildParallelFigure(table, view), [table, view]);
  const brushedRows = useMemo(
    () => rowsInBrushes(table, view, figure.plottedRows),
    [table, view, figure],
  );

  const onRestyle = (graph: GraphDiv) => {
    const dimensions = graph.data[0]?.dimensions;
    if (!Array.isArray(dimensions)) return;

    const { order, brushes } = readParallelEdits(dimensions);
    const reordered = order.join('\n') !== view.dimensions.join('\n');
    if (!reordered && sameBrushes(brushes, view.brushes)) return;
    onChange({ ...view, dimensions: reordered ? order : view.dimensions, brushes });
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
