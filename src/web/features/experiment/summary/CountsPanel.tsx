import { Link } from 'react-router';
import type { Experiment } from '../../../../shared/api-types';
import { useExperimentStats } from '../../../api/experiment-stats';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Skeleton } from '../../../components/Skeleton';
import { experimentPath } from '../tabs';

/** Open suggestions and failed observations, each linking to the tab that lists them. */
export function CountsPanel({ experiment }: { experiment: Experiment }) {
  const stats = useExperimentStats([experiment.id]);

  if (stats.isPending) return <Skeleton lines={2} label="Loading counts" />;
  if (stats.error)
    return <ErrorMessage error={stats.error} action="Loading the counts" />;

  const counts = stats.data.get(experiment.id);
  if (!counts)
    return <p className="muted">The server sent no counts for this experiment.</p>;
  return (
    <dl className="summary-counts">
      <div>
        <dt>Open suggestions</dt>
        <dd>
          <Link to={experimentPath(experiment.id, 'suggestions')}>
            {counts.open_suggestion_count}
          </Link>
        </dd>
      </div>
      <div>
        <dt>Failed observations</dt>
        <dd className={counts.failed_count > 0 ? 'summary-count-failed' : undefined}>
          <Link
            to={experimentPath(experiment.id, 'history', { status: 'failed' })}
            title="Show the failed observations in History"
          >
            {counts.failed_count}
          </Link>
        </dd>
      </div>
      <div>
        <dt>Observations</dt>
        <dd>{counts.observation_count}</dd>
      </div>
    </dl>
  );
}
