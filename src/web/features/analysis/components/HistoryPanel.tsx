// Experiment History: pick x, y and colour from any field, log scales, best seen, failures.
import { useMemo } from 'react';
import { canLog } from '../figures/axes';
import { buildHistoryFigure } from '../figures/history';
import type { FieldTable } from '../model/fields';
import type { HistoryView } from '../model/view';
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
  const xField = table.byKey.get(view.x);
  const yField = table.byKey.get(view.y);

  return (
    <section className="analysis-panel" aria-label="Experiment History">
      <div className="analysis-controls">
        <FieldPicker
          label="x axis"
          testId="history-x"
          table={table}
          value={view.x}
          onChange={(x) => x && set({ x, logX: false })}
        />
        <label className="analysis-check">
          <input
            type="checkbox"
            data-testid="history-log-x"
            checked={view.logX}
            disabled={!canLog(xField)}
            onChange={(event) => set({ logX: event.target.checked })}
          />
          log x
        </label>
        <FieldPicker
          label="y axis"
          testId="history-y"
          table={table}
          value={view.y}
          onChange={(y) => y && set({ y, logY: false })}
        />
        <label className="analysis-check">
          <input
            type="checkbox"
            data-testid="history-log-y"
            checked={view.logY}
            disabled={!canLog(yField)}
            onChange={(event) => set({ logY: event.target.checked })}
          />
          log y
        </label>
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
