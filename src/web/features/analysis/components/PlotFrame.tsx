// One drawn figure with what every Analysis plot shares: hover details, click to open
// the observation, the "left out" note and the export buttons.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { GraphDiv, PlotObject, PlotPoint } from '../../../lib/plotly/adapter';
import { PlotlyGraph } from '../../../lib/plotly/PlotlyGraph';
import type { Figure } from '../figures/history';
import { plottedRowsCsv } from '../model/export';
import type { FieldTable } from '../model/fields';
import { describeLeftOut } from '../model/select';
import { ExportButtons } from './ExportButtons';
import { PointTooltip, type HoverState } from './PointTooltip';

interface Props {
  testId: string;
  table: FieldTable;
  figure: Figure;
  height: number;
  fileName: string;
  onOpenObservation: (id: string) => void;
  onRelayout?: (change: PlotObject) => void;
  onRestyle?: (graph: GraphDiv) => void;
  graphRef?: RefObject<GraphDiv | null>;
  /** Rows for the CSV when they differ from the plotted ones (e.g. brushed rows). */
  csvRows?: Int32Array;
  csvLabel?: string;
}

export function PlotFrame(props: Props) {
  const { testId, table, figure, height, fileName, onOpenObservation } = props;
  const ownRef = useRef<GraphDiv | null>(null);
  const graphRef = props.graphRef ?? ownRef;
  const frameRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<HoverState | null>(null);

  const rowOf = useCallback(
    (point: PlotPoint) => figure.rowsByTrace[point.curveNumber]?.[point.pointNumber],
    [figure],
  );

  const onPointClick = (point: PlotPoint) => {
    const row = rowOf(point);
    const observation = row === undefined ? undefined : table.rows[row];
    if (observation) onOpenObservation(observation.id);
  };

  const onPointHover = (point: PlotPoint | null, event: MouseEvent | undefined) => {
    const row = point ? rowOf(point) : undefined;
    const frame = frameRef.current?.getBoundingClientRect();
    if (row === undefined || !frame) return setHover(null);
    // The 3D scene does not always pass the mouse event; the corner is used then.
    const left = event ? event.clientX - frame.left : 8;
    const top = event ? event.clientY - frame.top : 8;
    setHover({ row, left, top });
  };

  const note = describeLeftOut(figure.leftOut);
  const csvRows = props.csvRows ?? figure.plottedRows;

  return (
    <div className="analysis-frame" ref={frameRef} onMouseLeave={() => setHover(null)}>
      <PlotlyGraph
        testId={testId}
        traces={figure.traces}
        layout={figure.layout}
        height={height}
        graphRef={graphRef}
        onPointClick={onPointClick}
        onPointHover={onPointHover}
        onRelayout={props.onRelayout}
        onRestyle={props.onRestyle}
      />
      {hover ? (
        <PointTooltip table={table} hover={hover} fieldKeys={figure.fieldKeys} />
      ) : null}
      <div className="analysis-frame-footer">
        <p className="muted" data-testid={`${testId}-left-out`}>
          {figure.plottedRows.length} observations plotted
          {note ? `. ${note}.` : '.'}
        </p>
        <ExportButtons
          graphRef={graphRef}
          fileName={fileName}
          csv={() => plottedRowsCsv(table, csvRows, figure.fieldKeys)}
          csvLabel={props.csvLabel}
        />
      </div>
    </div>
  );
}
