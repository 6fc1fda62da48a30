import type { Experiment } from '../../../shared/api-types';
import { useUpdateExperiment } from '../../api/experiments';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RelativeTime } from '../../components/RelativeTime';
import { TruncatedText } from '../../components/TruncatedText';
import { useCanWrite } from '../auth/use-session';

function ArchivedNotice({ experiment }: { experiment: Experiment }) {
  const canWrite = useCanWrite();
  const update = useUpdateExperiment(experiment.id);
  return (
    <div className="experiment-archived-notice">
      <span className="badge badge-archived">archived</span>{' '}
      <span>
        This experiment is archived: workers cannot create suggestions or observations for
        it.
      </span>{' '}
      {canWrite ? (
        <button
          type="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ state: 'active' })}
        >
          {update.isPending ? 'Unarchiving…' : 'Unarchive'}
        </button>
      ) : null}
      {update.error ? <ErrorMessage error={update.error} action="Unarchiving" /> : null}
    </div>
  );
}

/** Name, id and state of the experiment, above the tabs. */
export function ExperimentHeader({ experiment }: { experiment: Experiment }) {
  return (
    <header className="experiment-header">
      <h1>
        <TruncatedText text={experiment.name} max={80} />
      </h1>
      <p className="experiment-header-facts muted">
        <span>ID {experiment.id}</span>
        <span>· {experiment.type}</span>
        <span>
          · updated <RelativeTime unixSeconds={experiment.updated} />
        </span>
        {experiment.development ? <span>· development</span> : null}
      </p>
      {experiment.state === 'deleted' ? <ArchivedNotice experiment={experiment} /> : null}
    </header>
  );
}
