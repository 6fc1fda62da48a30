import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Experiment, Observation } from '../../../shared/api-types';
import { useObservations } from '../../api/observations';
import { CopyJsonButton } from '../../components/CopyJsonButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KeyValueTable } from '../../components/KeyValueTable';
import { RelativeTime } from '../../components/RelativeTime';
import { SideDrawer } from '../../components/SideDrawer';
import { formatExact, formatNumber } from '../../lib/format';
import { findObservation } from './find-observation';
import { ObservationStatus } from './ObservationStatus';

interface Props {
  experiment: Experiment;
  observationId: string;
  onClose: () => void;
}

/** The Suggestions tab with this suggestion's drawer open, whatever its state. */
function suggestionLink(experimentId: string, suggestionId: string): string {
  const query = new URLSearchParams({ state: 'all', suggestion: suggestionId });
  return `/experiments/${experimentId}/suggestions?${query.toString()}`;
}

/** Everything about one observation: values, assignments, metadata and its suggestion. */
export function ObservationDrawer({ experiment, observationId, onClose }: Props) {
  const observations = useObservations(experiment.id);
  const rows = observations.data?.rows;
  const observation = useMemo(
    () => (rows ? findObservation(rows, observationId) : null),
    [rows, observationId],
  );

  const title = `Observation ${observationId}`;
  const badge = observation ? <ObservationStatus failed={observation.failed} /> : null;

  return (
    <SideDrawer title={title} badge={badge} onClose={onClose} testId="observation-drawer">
      {observations.isPending ? <p className="muted">Loading…</p> : null}
      {observations.isError ? (
        <ErrorMessage error={observations.error} action="Loading observations" />
      ) : null}
      {observations.isSuccess && !observation ? (
        <p className="muted">
          There is no observation {observationId} in this experiment (it may have been
          deleted).
        </p>
      ) : null}
      {observation ? (
        <ObservationDetails experiment={experiment} observation={observation} />
      ) : null}
    </SideDrawer>
  );
}

function ObservationDetails({
  experiment,
  observation,
}: {
  experiment: Experiment;
  observation: Observation;
}) {
  const values = observation.values.map(
    (item) =>
      [
        item.name ?? 'Value',
        item.value_stddev === null
          ? formatNumber(item.value)
          : `${formatNumber(item.value)} ± ${formatNumber(item.value_stddev)}`,
      ] as const,
  );
  const assignments = Object.entries(observation.assignments).map(
    ([name, value]) =>
      [name, typeof value === 'number' ? formatNumber(value) : value] as const,
  );
  const metadata = Object.entries(observation.metadata ?? {});

  return (
    <div className="observation-details">
      <dl className="drawer-facts">
        <dt>Created</dt>
        <dd>
          <RelativeTime unixSeconds={observation.created} /> (
          {formatExact(observation.created)})
        </dd>
        <dt>Suggestion</dt>
        <dd>
          {observation.suggestion === null ? (
            <span className="muted">none (reported with its own assignments)</span>
          ) : (
            <Link to={suggestionLink(experiment.id, observation.suggestion)}>
              Suggestion {observation.suggestion}
            </Link>
          )}
        </dd>
      </dl>

      <h3>Values</h3>
      {observation.failed ? (
        <p className="observation-failed-note">
          This evaluation failed: no values were reported.
        </p>
      ) : (
        <KeyValueTable label="Values" entries={values} emptyText="No values." />
      )}

      <h3>Assignments</h3>
      <KeyValueTable
        label="Assignments"
        entries={assignments}
        emptyText="No assignments."
      />

      <h3>Metadata</h3>
      <KeyValueTable label="Metadata" entries={metadata} emptyText="No metadata." />

      <CopyJsonButton value={observation} />
    </div>
  );
}
