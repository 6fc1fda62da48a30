// The experiment page: a header and one tab, the tab taken from the URL path.
import { lazy, Suspense } from 'react';
import { Link, Navigate, NavLink, useParams } from 'react-router';
import type { Experiment } from '../../../shared/api-types';
import { ApiError } from '../../api/client';
import { useExperiment } from '../../api/experiments';
import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Skeleton } from '../../components/Skeleton';
import { HistoryTab } from '../history/HistoryTab';
import { SuggestionsTab } from '../suggestions/SuggestionsTab';
import { ExperimentHeader } from './ExperimentHeader';
import { PropertiesTab } from './properties/PropertiesTab';
import { SummaryTab } from './summary/SummaryTab';
import {
  EXPERIMENT_TABS,
  experimentPath,
  isExperimentTab,
  type ExperimentTabId,
} from './tabs';

// Plotly is large: it is loaded only when the Analysis tab is opened.
const AnalysisTab = lazy(() =>
  import('../analysis/AnalysisTab').then((module) => ({ default: module.AnalysisTab })),
);

function TabContent({
  tab,
  experiment,
}: {
  tab: ExperimentTabId;
  experiment: Experiment;
}) {
  switch (tab) {
    case 'summary':
      return <SummaryTab experiment={experiment} />;
    case 'suggestions':
      return <SuggestionsTab experiment={experiment} />;
    case 'history':
      return <HistoryTab experiment={experiment} />;
    case 'analysis':
      return (
        <Suspense fallback={<Skeleton lines={8} label="Loading the analysis plots" />}>
          <AnalysisTab experiment={experiment} />
        </Suspense>
      );
    case 'properties':
      return <PropertiesTab experiment={experiment} />;
  }
}

function TabBar({ experimentId }: { experimentId: string }) {
  return (
    <nav className="experiment-tabs" aria-label="Experiment tabs">
      {EXPERIMENT_TABS.map((tab) => (
        <NavLink
          key={tab.id}
          to={experimentPath(experimentId, tab.id)}
          className={({ isActive }) =>
            isActive ? 'experiment-tab active' : 'experiment-tab'
          }
        >
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}

function LoadFailure({ error, experimentId }: { error: Error; experimentId: string }) {
  const missing = error instanceof ApiError && error.status === 404;
  return (
    <div className="experiment-load-failure">
      {missing ? (
        <p>There is no experiment {experimentId}, or this token may not see it.</p>
      ) : null}
      <ErrorMessage error={error} action={`Loading experiment ${experimentId}`} />
      <p>
        <Link to="/">Back to the experiments list</Link>
      </p>
    </div>
  );
}

function ExperimentView({
  experimentId,
  tab,
}: {
  experimentId: string;
  tab: ExperimentTabId;
}) {
  const experiment = useExperiment(experimentId);

  if (experiment.isPending) return <Skeleton lines={4} label="Loading the experiment" />;
  if (!experiment.data) {
    return (
      <LoadFailure
        error={experiment.error ?? new Error('No data')}
        experimentId={experimentId}
      />
    );
  }

  const label = EXPERIMENT_TABS.find((item) => item.id === tab)?.label ?? tab;
  return (
    <div className="experiment-page">
      <PanelErrorBoundary label="Experiment header">
        <ExperimentHeader experiment={experiment.data} />
      </PanelErrorBoundary>
      {experiment.error ? (
        <ErrorMessage error={experiment.error} action="Refreshing the experiment" />
      ) : null}
      <TabBar experimentId={experimentId} />
      <section className="experiment-tab-panel">
        {/* Keyed by tab so a failed tab recovers when the user switches away and back. */}
        <PanelErrorBoundary key={tab} label={`${label} tab`}>
          <TabContent tab={tab} experiment={experiment.data} />
        </PanelErrorBoundary>
      </section>
    </div>
  );
}

export function ExperimentPage() {
  const { experimentId = '', tab } = useParams();

  if (tab === undefined) return <Navigate to={experimentPath(experimentId)} replace />;
  if (!isExperimentTab(tab)) {
    return (
      <div className="empty-state">
        <p>This experiment has no tab named “{tab}”.</p>
        <p>
          <Link to={experimentPath(experimentId)}>Open its summary</Link>
        </p>
      </div>
    );
  }
  return <ExperimentView experimentId={experimentId} tab={tab} />;
}
