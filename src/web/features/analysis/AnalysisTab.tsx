// The Analysis tab: Experiment History (2D), Full Experiment History (3D) and Parallel
// Coordinates over one field model, with the whole configuration in the URL.
import { useEffect, useMemo } from 'react';
import type { Experiment } from '../../../shared/api-types';
import { useObservations } from '../../api/observations';
import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { logger } from '../../lib/logger';
import { loadPlotly } from '../../lib/plotly/adapter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ObservationDrawer } from '../observations/ObservationDrawer';
import { HistoryPanel } from './components/HistoryPanel';
import { ParallelPanel } from './components/ParallelPanel';
import { SavedViews } from './components/SavedViews';
import { ScenePanel } from './components/ScenePanel';
import { buildFieldTable } from './model/fields';
import { defaultView, type PlotId } from './model/view';
import { useAnalysisView } from './use-analysis-view';

const PLOTS: Array<{ id: PlotId; label: string }> = [
  { id: 'history', label: 'Experiment History' },
  { id: 'scene', label: 'Full Experiment History' },
  { id: 'parallel', label: 'Parallel Coordinates' },
];

export function AnalysisTab({ experiment }: { experiment: Experiment }) {
  const observations = useObservations(experiment.id);

  // Fetch plotly while the observations load, rather than after. A failure here is
  // reported by the plot itself, which retries the download.
  useEffect(() => {
    loadPlotly().catch((error: unknown) =>
      logger.warn('Preloading plotly failed', error),
    );
  }, []);
  const data = observations.data;

  // Columns are rebuilt once per data version (and when the experiment itself changes).
  const table = useMemo(
    () => (data ? buildFieldTable(experiment, data.rows, data.version) : null),
    [data, experiment],
  );
  const { view, update, observationId, openObservation } = useAnalysisView(table);

  if (observations.isError) {
    return <ErrorMessage error={observations.error} action="Loading observations" />;
  }
  if (!table || !view) return <p className="muted">Loading observations…</p>;

  const fileName = `experiment-${experiment.id}`;
  const open = (id: string) => openObservation(id);
  const defaults = defaultView(table).parallel.dimensions;

  return (
    <div className="analysis-tab">
      <div className="analysis-toolbar">
        <nav className="analysis-plot-tabs" aria-label="Plots">
          {PLOTS.map((plot) => (
            <button
              type="button"
              key={plot.id}
              aria-pressed={view.plot === plot.id}
              className={
                view.plot === plot.id ? 'analysis-plot-tab active' : 'analysis-plot-tab'
              }
              onClick={() => update((current) => ({ ...current, plot: plot.id }))}
            >
              {plot.label}
            </button>
          ))}
        </nav>
        <SavedViews experimentId={experiment.id} />
      </div>

      {table.rows.length === 0 ? (
        <p className="muted">
          This experiment has no observations yet, so there is nothing to plot.
        </p>
      ) : null}

      {table.rows.length > 0 && view.plot === 'history' ? (
        <PanelErrorBoundary label="Experiment History">
          <HistoryPanel
            table={table}
            view={view.history}
            onChange={(history) => update((current) => ({ ...current, history }))}
            onOpenObservation={open}
            fileName={fileName}
          />
        </PanelErrorBoundary>
      ) : null}
      {table.rows.length > 0 && view.plot === 'scene' ? (
        <PanelErrorBoundary label="Full Experiment History">
          <ScenePanel
            table={table}
            view={view.scene}
            onChange={(scene) => update((current) => ({ ...current, scene }))}
            onOpenObservation={open}
            fileName={fileName}
          />
        </PanelErrorBoundary>
      ) : null}
      {table.rows.length > 0 && view.plot === 'parallel' ? (
        <PanelErrorBoundary label="Parallel Coordinates">
          <ParallelPanel
            table={table}
            view={view.parallel}
            defaults={defaults}
            onChange={(parallel) => update((current) => ({ ...current, parallel }))}
            onOpenObservation={open}
            fileName={fileName}
          />
        </PanelErrorBoundary>
      ) : null}

      {observationId ? (
        <ObservationDrawer
          experiment={experiment}
          observationId={observationId}
          onClose={() => openObservation(null)}
        />
      ) : null}
    </div>
  );
}
