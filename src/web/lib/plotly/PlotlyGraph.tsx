// A React host for one plotly graph: loads the library, draws with Plotly.react (which
// diffs against the previous draw, so `uirevision` keeps zoom, camera and brushes), shows
// that it is drawing, and rethrows failures to the nearest error boundary.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import {
  loadPlotly,
  type GraphDiv,
  type PlotConfig,
  type PlotObject,
  type PlotPoint,
  type PlotTrace,
} from './adapter';

export interface PlotlyGraphProps {
  /** data-testid of the graph div, which also carries plotly's `.data` for tests. */
  testId: string;
  traces: PlotTrace[];
  layout: PlotObject;
  height: number;
  onPointClick?: (point: PlotPoint) => void;
  onPointHover?: (point: PlotPoint | null, event: MouseEvent | undefined) => void;
  onRelayout?: (change: PlotObject) => void;
  /** Called after a user restyle (e.g. a parcoords brush), with the graph's current data. */
  onRestyle?: (graph: GraphDiv) => void;
  graphRef?: RefObject<GraphDiv | null>;
}

type Status = 'loading' | 'drawing' | 'drawn';

const CONFIG: PlotConfig = {
  displaylogo: false,
  responsive: true,
  // Exports go through the panel's own buttons, which name the file after the view.
  modeBarButtonsToRemove: ['toImage', 'sendDataToCloud'],
};

/** Resolves after the next frame is painted (a task queued from requestAnimationFrame). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function PlotlyGraph(props: PlotlyGraphProps) {
  const { testId, traces, layout, height, graphRef } = props;
  const divRef = useRef<HTMLDivElement>(null);
  const handlers = useRef(props);
  const [status, setStatus] = useState<Status>('loading');
  const [failure, setFailure] = useState<unknown>(null);
  const [drawCount, setDrawCount] = useState(0);

  useLayoutEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    const div = divRef.current;
    if (!div) return;
    let cancelled = false;
    setStatus((current) => (current === 'loading' ? current : 'drawing'));

    const draw = async () => {
      const plotly = await loadPlotly();
      if (cancelled) return;
      setStatus('drawing');
      // Lets the "Drawing…" note paint before plotly holds the main thread.
      await nextPaint();
      if (cancelled) return;

      const fresh = !(div as Partial<GraphDiv>).on;
      const graph = await plotly.react(div, traces, layout, CONFIG);
      if (fresh) listen(graph);
      if (graphRef) graphRef.current = graph;
      // WebGL traces (3D, parcoords) render in the next animation frame, after the
      // promise resolves: "drawn" means that frame has been painted.
      await nextPaint();
      if (cancelled) return;
      // Committed in this task: parcoords keeps painting line batches frame after frame,
      // and a scheduled render would wait behind the next (possibly seconds-long) frame.
      flushSync(() => {
        setStatus('drawn');
        setDrawCount((count) => count + 1);
      });
    };

    const listen = (graph: GraphDiv) => {
      graph.on('plotly_click', (event) => {
        const point = event.points[0];
        if (point) handlers.current.onPointClick?.(point);
      });
      graph.on('plotly_hover', (event) =>
        handlers.current.onPointHover?.(event.points[0] ?? null, event.event),
      );
      graph.on('plotly_unhover', () => handlers.current.onPointHover?.(null, undefined));
      graph.on('plotly_relayout', (change) => handlers.current.onRelayout?.(change));
      graph.on('plotly_restyle', () => handlers.current.onRestyle?.(graph));
    };

    draw().catch((error: unknown) => {
      if (!cancelled) setFailure(error ?? new Error('The plot could not be drawn.'));
    });
    return () => {
      cancelled = true;
    };
  }, [traces, layout, graphRef]);

  useEffect(() => {
    const div = divRef.current;
    return () => {
      if (div)
        loadPlotly().then(
          (plotly) => plotly.purge(div),
          () => undefined,
        );
    };
  }, []);

  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));

  return (
    <div className="analysis-graph" style={{ height }}>
      <div
        ref={divRef}
        data-testid={testId}
        data-status={status}
        data-draw-count={drawCount}
        style={{ width: '100%', height }}
      />
      {status !== 'drawn' && (
        <div className="analysis-graph-status" role="status">
          {status === 'loading' ? 'Loading the plotting library…' : 'Drawing…'}
        </div>
      )}
    </div>
  );
}
