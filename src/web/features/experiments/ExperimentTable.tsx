// The experiments table. Metadata chips are buttons that filter the list by their tag.
import { Link } from 'react-router';
import type { Experiment } from '../../../shared/api-types';
import { useExperimentStats } from '../../api/experiment-stats';
import { MetadataChips, metadataValueText } from '../../components/MetadataChips';
import { RelativeTime } from '../../components/RelativeTime';
import { TruncatedText } from '../../components/TruncatedText';
import { BestValueCell, FailedCell, ProgressCell } from './ExperimentCells';
import {
  defaultOrder,
  firstPage,
  type ExperimentListView,
  type ExperimentSort,
} from './list-params';

interface Props {
  rows: Experiment[];
  view: ExperimentListView;
  onChange: (view: ExperimentListView) => void;
}

function SortHeader(props: {
  sort: ExperimentSort;
  label: string;
  view: ExperimentListView;
  onChange: (view: ExperimentListView) => void;
}) {
  const { sort, label, view, onChange } = props;
  const active = view.sort === sort;
  const nextOrder = active ? (view.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
  return (
    <th aria-sort={active ? (view.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="experiments-sort"
        onClick={() => onChange(firstPage({ ...view, sort, order: nextOrder }))}
      >
        {label}
        {active ? (view.order === 'asc' ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
}

export function ExperimentTable({ rows, view, onChange }: Props) {
  const ids = rows.map((experiment) => experiment.id);
  const stats = useExperimentStats(ids);

  const filterByTag = (key: string, value: string | number) =>
    onChange(
      firstPage({ ...view, metadataKey: key, metadataValue: metadataValueText(value) }),
    );

  return (
    <table className="experiments-table">
      <thead>
        <tr>
          <SortHeader sort="name" label="Name" view={view} onChange={onChange} />
          <th>ID</th>
          <SortHeader
            sort="observations"
            label="Progress"
            view={view}
            onChange={onChange}
          />
          <th>Failed</th>
          <th>Best value</th>
          <SortHeader sort="created" label="Created" view={view} onChange={onChange} />
          <SortHeader sort="updated" label="Updated" view={view} onChange={onChange} />
          <th>Metadata</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((experiment) => (
          <tr key={experiment.id} data-experiment-id={experiment.id}>
            <td className="experiments-name">
              <Link to={`/experiments/${experiment.id}/summary`}>
                <TruncatedText text={experiment.name} max={48} />
              </Link>
              {experiment.state === 'deleted' ? (
                <span className="badge badge-archived">archived</span>
              ) : null}
            </td>
            <td className="numeric">{experiment.id}</td>
            <td>
              <ProgressCell experiment={experiment} />
            </td>
            <td className="numeric">
              <FailedCell
                experimentId={experiment.id}
                stats={stats.data}
                error={stats.error}
              />
            </td>
            <td className="numeric">
              <BestValueCell experiment={experiment} />
            </td>
            <td>
              <RelativeTime unixSeconds={experiment.created} />
            </td>
            <td>
              <RelativeTime unixSeconds={experiment.updated} />
            </td>
            <td className="experiments-metadata">
              <MetadataChips
                metadata={experiment.metadata}
                limit={4}
                onPick={filterByTag}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
