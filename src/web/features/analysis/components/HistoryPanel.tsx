// Experiment History: pick x, y and colour from any field, log scales, best seen, failures.
import { useMemo } from 'react';
import { buildHistoryFigure } from '../figures/history';
import type { FieldTable } from '../model/fields';
import type { HistoryView } from '../model/view';
import { AxisPicker } from './AxisPicker';
import { FieldPicker } from './FieldPicker';
import { PlotFrame } from './PlotFrame';

interface Props {
  table: FieldTable;
  view: HistoryView;
  onChange: (view: HistoryView) => void;
  onOpenObservation: (id: string) => void;
  fileName: string;
}

export function HistoryPanel({
  table,
  view,
  onChange,
  onOpenObservation,
  fileName,
}: Props) {
  const figure = useMemo(() => buildHistoryFigure(table, view), [table, view]);
  const set = (patch: Partial<HistoryView>) => onChange({ ...view, ...patch });

  return (
    <section className="analysis-panel" aria-label="Experiment History">
      <div className="analysis-controls">
        <AxisPicker
          label="x axis"
          logLabel="log x"
          testId="history-x"
          logTestId="history-log-x"
          table={table}
          value={view.x}
          log={view.logX}
          onChange={(x, logX) => set({ x, logX })}
        />
        <AxisPicker
          label="y axis"
          logLabel="log y"
          testId="history-y"
          logTestId="history-log-y"
          table={table}
          value={view.y}
          log={view.logY}
          onChange={(y, logY) => set({ y, logY })}
        />
        <FieldPicker
          label="colour"
          testId="history-colour"
          table={table}
          value={view.color}
          allowNone
          onChange={(color) => set({ color })}
        />
        <label className="analysis-check">
          <input
            type="checkbox"
            checked={view.showFailed}
            onChange={(event) => set({ showFailed: event.target.checked })}
          />
          show failed
        </label>
        <label
          className="analysis-check"
          title="Shown when x is the index or created time and y an optimized metric"
        >
          <input
            type="checkbox"
            checked={view.bestSeen}
            onChange={(event) => set({ bestSeen: event.target.checked })}
          />
          best seen
        </label>
      </div>
      <PlotFrame
        testId="history-graph"
        table={table}
        figure={figure}
        height={480}
        fileName={`${fileName}-history`}
        onOpenObservation={onOpenObservation}
      />
    </section>
  );
}
