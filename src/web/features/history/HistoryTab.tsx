import { useMemo } from 'react';
import type { Experiment } from '../../../shared/api-types';
import { useObservations, type ObservationSet } from '../../api/observations';
import { useRecentObservations } from '../../api/recent-observations';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PythonSnippet } from '../../components/PythonSnippet';
import { TableSkeleton } from '../../components/Skeleton';
import { HistoryContent } from './HistoryContent';
import { reportObservationSnippet } from './report-snippet';

/** Rows shown before every observation has arrived: the newest page, one request. */
const PREVIEW_LIMIT = 1000;

/** Every observation of the experiment, live, with filters, sorting and a failures breakdown. */
export function HistoryTab({ experiment }: { experiment: Experiment }) {
  const observations = useObservations(experiment.id);
  const loading = observations.isPending;
  const preview = useRecentObservations(
    experiment.id,
    PREVIEW_LIMIT,
    experiment.updated,
    loading,
  );
  const previewSet = useMemo<ObservationSet | null>(
    () =>
      preview.data
        ? {
            rows: [...preview.data.data].reverse(),
            // Negative, so it never equals a version of the full set.
            version: -preview.dataUpdatedAt,
            experimentUpdated: experiment.updated,
          }
        : null,
    [preview.data],
  );

  if (observations.isError && !observations.data) {
    return <ErrorMessage error={observations.error} action="Loading observations" />;
  }

  const set = observations.data ?? previewSet;
  if (!set) return <TableSkeleton rows={12} label="Loading observations" />;
  if (set.rows.length === 0) return <EmptyHistory experiment={experiment} />;

  const partialTotal = observations.data ? null : (preview.data?.count ?? null);
  return (
    <>
      {observations.isError ? (
        <ErrorMessage error={observations.error} action="Live update" />
      ) : null}
      <HistoryContent experiment={experiment} set={set} partialTotal={partialTotal} />
    </>
  );
}

function EmptyHistory({ experiment }: { experiment: Experiment }) {
  const metric = experiment.metrics[0]?.name ?? null;
  return (
    <div className="empty-state history-empty">
      <h3>No observations yet</h3>
      <p>
        Observations appear here as your workers report them. This is all a training loop
        needs (the official SigOpt Python client, pointed at this server):
      </p>
      <PythonSnippet code={reportObservationSnippet(experiment.id, metric)} />
    </div>
  );
}
