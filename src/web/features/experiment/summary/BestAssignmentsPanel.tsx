import { Link } from 'react-router';
import type { Assignments, Experiment } from '../../../../shared/api-types';
import { useBestAssignments } from '../../../api/experiments';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { MetadataChips } from '../../../components/MetadataChips';
import { Skeleton } from '../../../components/Skeleton';
import { TruncatedText } from '../../../components/TruncatedText';
import { formatNumber } from '../../../lib/format';
import { experimentPath } from '../tabs';
import { BestAssignmentsTable } from './BestAssignmentsTable';
import { MetricValues } from './MetricValues';

/** Up to this many best assignments show as cards; more become a table. */
const CARDS_AT_MOST = 3;

function AssignmentsTable({ assignments }: { assignments: Assignments }) {
  const entries = Object.entries(assignments).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return (
    <table className="data-table summary-assignments">
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <TruncatedText text={name} max={32} />
            </th>
            <td>
              {typeof value === 'number' ? (
                formatNumber(value)
              ) : (
                <TruncatedText text={value} max={40} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The best observation(s) so far: values, assignments and metadata. */
export function BestAssignmentsPanel({ experiment }: { experiment: Experiment }) {
  const best = useBestAssignments(experiment.id);

  if (best.isPending) return <Skeleton lines={4} label="Loading the best assignments" />;
  if (best.error)
    return <ErrorMessage error={best.error} action="Loading the best assignments" />;

  const items = best.data.items;
  if (items.length === 0) {
    const some = (experiment.progress?.observation_count ?? 0) > 0;
    return (
      <p className="muted">
        {some
          ? 'No best assignments yet: no successful observation meets every metric threshold.'
          : 'The best assignments appear here once an observation is reported.'}
      </p>
    );
  }

  if (items.length > CARDS_AT_MOST) {
    return <BestAssignmentsTable experiment={experiment} items={items} />;
  }
  return (
    <div className="summary-best-list">
      {items.map((item) => (
        <article key={item.id} className="summary-best">
          <p>
            <MetricValues values={item.values} />{' '}
            <span className="muted">
              · observation{' '}
              <Link
                to={experimentPath(experiment.id, 'history', { observation: item.id })}
              >
                {item.id}
              </Link>
            </span>
          </p>
          <AssignmentsTable assignments={item.assignments} />
          <p>
            <span className="muted">Metadata: </span>
            <MetadataChips metadata={item.metadata} />
          </p>
        </article>
      ))}
    </div>
  );
}
