import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableSkeleton } from '../../components/Skeleton';
import { TruncatedText } from '../../components/TruncatedText';
import { ExperimentFilters } from './ExperimentFilters';
import { ExperimentPager } from './ExperimentPager';
import { ExperimentTable } from './ExperimentTable';
import { firstPage, type ExperimentListView } from './list-params';
import { NoExperiments } from './NoExperiments';
import { useExperimentPage } from './use-experiment-page';
import { useListView } from './use-list-view';

function hasFilters(view: ExperimentListView): boolean {
  return view.search !== '' || view.metadataKey !== '' || view.state !== 'active';
}

function ActiveTag({
  view,
  onChange,
}: {
  view: ExperimentListView;
  onChange: (view: ExperimentListView) => void;
}) {
  if (!view.metadataKey) return null;
  return (
    <p className="experiments-active-tag">
      Only experiments whose metadata has{' '}
      <span className="metadata-chip">
        <TruncatedText text={view.metadataKey} max={40} />
        {' = '}
        <TruncatedText text={view.metadataValue} max={60} />
      </span>{' '}
      <button
        type="button"
        onClick={() =>
          onChange(firstPage({ ...view, metadataKey: '', metadataValue: '' }))
        }
      >
        Remove filter
      </button>
    </p>
  );
}

function ExperimentListBody({
  view,
  onChange,
}: {
  view: ExperimentListView;
  onChange: (view: ExperimentListView) => void;
}) {
  const page = useExperimentPage(view);

  if (page.isPending) return <TableSkeleton rows={10} label="Loading experiments" />;
  if (page.error && page.rows.length === 0) {
    return <ErrorMessage error={page.error} action="Loading experiments" />;
  }
  if (page.count === 0) {
    if (!hasFilters(view)) return <NoExperiments />;
    return (
      <div className="empty-state">
        <p>No experiments match these filters.</p>
        <button
          type="button"
          onClick={() =>
            onChange(
              firstPage({
                ...view,
                search: '',
                metadataKey: '',
                metadataValue: '',
                state: 'active',
              }),
            )
          }
        >
          Clear search and filters
        </button>
      </div>
    );
  }

  return (
    <>
      {page.error ? (
        <ErrorMessage error={page.error} action="Refreshing experiments" />
      ) : null}
      <ExperimentTable rows={page.rows} view={view} onChange={onChange} />
      <ExperimentPager
        view={view}
        rowsOnPage={page.rows.length}
        count={page.count}
        previous={page.previous}
        next={page.next}
        busy={page.isFetching}
        onChange={onChange}
      />
    </>
  );
}

export function ExperimentListPage() {
  const [view, setView] = useListView();
  return (
    <div className="experiments-page">
      <h1>Experiments</h1>
      <ExperimentFilters view={view} onChange={setView} />
      <ActiveTag view={view} onChange={setView} />
      <PanelErrorBoundary label="Experiments table">
        <ExperimentListBody view={view} onChange={setView} />
      </PanelErrorBoundary>
    </div>
  );
}
