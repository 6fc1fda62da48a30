import { useRef, useState } from 'react';
import type { Experiment, Suggestion } from '../../../shared/api-types';
import { useDeleteSuggestion, useSuggestion } from '../../api/suggestions';
import { CopyJsonButton } from '../../components/CopyJsonButton';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KeyValueTable } from '../../components/KeyValueTable';
import { RelativeTime } from '../../components/RelativeTime';
import { SideDrawer } from '../../components/SideDrawer';
import { formatExact, formatNumber } from '../../lib/format';
import { useCanWrite } from '../auth/use-session';
import { SuggestionAge } from './SuggestionAge';

interface Props {
  experiment: Experiment;
  suggestionId: string;
  /** The rows the table holds; the drawer asks the server only for one not among them. */
  loaded: readonly Suggestion[] | undefined;
  staleAfter: number | null;
  onClose: () => void;
}

/** One suggestion: its assignments and metadata, copy as JSON, and delete for writers. */
export function SuggestionDrawer(props: Props) {
  const { experiment, suggestionId, loaded, onClose } = props;
  const fromList = loaded?.find((suggestion) => suggestion.id === suggestionId);
  const fetched = useSuggestion(
    experiment.id,
    suggestionId,
    !fromList && loaded !== undefined,
  );
  const current = fromList ?? fetched.data;

  // Right after a delete the lists refetch without this suggestion; keep showing what was
  // there until the drawer closes instead of flashing a "not found".
  const lastSeen = useRef<Suggestion | null>(null);
  if (current) lastSeen.current = current;
  const suggestion =
    current ?? (lastSeen.current?.id === suggestionId ? lastSeen.current : null);

  const badge = suggestion ? (
    <span className={`status-badge suggestion-state-${suggestion.state}`}>
      {suggestion.state}
    </span>
  ) : null;

  return (
    <SideDrawer
      title={`Suggestion ${suggestionId}`}
      badge={badge}
      onClose={onClose}
      testId="suggestion-drawer"
    >
      {!suggestion && fetched.isError ? (
        <ErrorMessage
          error={fetched.error}
          action={`Loading suggestion ${suggestionId}`}
        />
      ) : null}
      {!suggestion && !fetched.isError ? <p className="muted">Loading…</p> : null}
      {suggestion ? (
        <SuggestionDetails
          experiment={experiment}
          suggestion={suggestion}
          staleAfter={props.staleAfter}
          onDeleted={onClose}
        />
      ) : null}
    </SideDrawer>
  );
}

function SuggestionDetails({
  experiment,
  suggestion,
  staleAfter,
  onDeleted,
}: {
  experiment: Experiment;
  suggestion: Suggestion;
  staleAfter: number | null;
  onDeleted: () => void;
}) {
  const assignments = Object.entries(suggestion.assignments).map(
    ([name, value]) =>
      [name, typeof value === 'number' ? formatNumber(value) : value] as const,
  );
  const metadata = Object.entries(suggestion.metadata ?? {});

  return (
    <div className="suggestion-details">
      <dl className="drawer-facts">
        <dt>Created</dt>
        <dd>
          <RelativeTime unixSeconds={suggestion.created} /> (
          {formatExact(suggestion.created)})
        </dd>
        <dt>Age</dt>
        <dd>
          <SuggestionAge suggestion={suggestion} staleAfter={staleAfter} />
        </dd>
      </dl>

      <h3>Assignments</h3>
      <KeyValueTable
        label="Assignments"
        entries={assignments}
        emptyText="No assignments."
      />

      <h3>Metadata</h3>
      <KeyValueTable label="Metadata" entries={metadata} emptyText="No metadata." />

      <div className="drawer-actions">
        <CopyJsonButton value={suggestion} />
        <DeleteSuggestion
          experiment={experiment}
          suggestion={suggestion}
          onDeleted={onDeleted}
        />
      </div>
    </div>
  );
}

function DeleteSuggestion({
  experiment,
  suggestion,
  onDeleted,
}: {
  experiment: Experiment;
  suggestion: Suggestion;
  onDeleted: () => void;
}) {
  const canWrite = useCanWrite();
  const remove = useDeleteSuggestion(experiment.id);
  const [confirming, setConfirming] = useState(false);
  if (!canWrite) return null;

  if (!confirming) {
    return (
      <button type="button" className="danger-button" onClick={() => setConfirming(true)}>
        Delete suggestion
      </button>
    );
  }

  return (
    <div className="delete-confirm">
      <span>
        Delete suggestion {suggestion.id}? A worker still evaluating it can no longer
        report on it.
      </span>
      <button
        type="button"
        className="danger-button"
        disabled={remove.isPending}
        onClick={() => {
          // mutateAsync settles even if this button unmounts while the lists refetch.
          remove.mutateAsync(suggestion.id).then(onDeleted, () => undefined);
        }}
      >
        {remove.isPending ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button
        type="button"
        onClick={() => setConfirming(false)}
        disabled={remove.isPending}
      >
        Keep it
      </button>
      {remove.isError ? (
        <ErrorMessage error={remove.error} action="Deleting the suggestion" />
      ) : null}
    </div>
  );
}
