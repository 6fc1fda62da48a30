import { Link } from 'react-router';
import type { Experiment } from '../../../../shared/api-types';
import { useRecentObservations } from '../../../api/recent-observations';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { MetadataChips } from '../../../components/MetadataChips';
import { RelativeTime } from '../../../components/RelativeTime';
import { TableSkeleton } from '../../../components/Skeleton';
import { experimentPath } from '../tabs';
import { MetricValues } from './MetricValues';

const RECENT_COUNT = 5;

/** The newest few observations; refreshed whenever the experiment's `updated` moves. */
export function RecentObservations({ experiment }: { experiment: Experiment }) {
  const recent = useRecentObservations(experiment.id, RECENT_COUNT, experiment.updated);

  if (recent.isPending)
    return <TableSkeleton rows={RECENT_COUNT} label="Loading observations" />;
  if (recent.error) {
    return <ErrorMessage error={recent.error} action="Loading recent observations" />;
  }

  const rows = recent.data.data;
  if (rows.length === 0) return <p className="muted">No observations yet.</p>;
  return (
    <>
      <table className="data-table summary-recent">
        <thead>
          <tr>
            <th>ID</th>
            <th>Reported</th>
            <th>Status</th>
            <th>Values</th>
            <th>Metadata</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((observation) => (
            <tr
              key={observation.id}
              className={observation.failed ? 'summary-row-failed' : ''}
            >
              <td className="numeric">
                <Link
                  to={experimentPath(experiment.id, 'history', {
                    observation: observation.id,
                  })}
                  title="Open this observation in History"
                >
                  {observation.id}
                </Link>
              </td>
              <td>
                <RelativeTime unixSeconds={observation.created} />
              </td>
              <td>
                {observation.failed ? (
                  <span className="badge badge-failed">failed</span>
                ) : (
                  <span className="badge badge-ok">ok</span>
                )}
              </td>
              <td>
                {observation.failed ? (
                  <span className="muted">–</span>
                ) : (
                  <MetricValues values={observation.values} />
                )}
              </td>
              <td>
                <MetadataChips metadata={observation.metadata} limit={4} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={experimentPath(experiment.id, 'history')}>
          All {recent.data.count} observations in History →
        </Link>
      </p>
    </>
  );
}
