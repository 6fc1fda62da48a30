// The experiment's metadata as a table; write tokens can add, change and remove keys.
// Edits are checked in the browser with the server's rules before they are sent, and
// what the user typed stays in place when the server still refuses.
import { useState } from 'react';
import type { Experiment } from '../../../../shared/api-types';
import { useUpdateExperiment } from '../../../api/experiments';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { MetadataTable } from '../../../components/MetadataTable';
import { useCanWrite } from '../../auth/use-session';
import {
  draftFromMetadata,
  draftToMetadata,
  draftValueKind,
  newDraftRow,
  sameMetadata,
  type MetadataDraftRow,
} from './metadata-draft';

function TypeRule() {
  return (
    <p className="metadata-editor-rule muted">
      Values written as plain numbers (<code>42</code>, <code>-0.5</code>,{' '}
      <code>1e-3</code>) are saved as numbers; anything else is saved as text. To keep a
      number as text, put it in double quotes: <code>"007"</code>, <code>"42"</code>. Keys
      have at most 100 characters, text values at most 500, and there are at most 100
      keys.
    </p>
  );
}

interface DraftProps {
  rows: MetadataDraftRow[];
  invalidRows: Set<number>;
  onChange: (rows: MetadataDraftRow[]) => void;
}

function DraftTable({ rows, invalidRows, onChange }: DraftProps) {
  const update = (id: number, change: Partial<MetadataDraftRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));

  return (
    <table className="data-table metadata-editor-table">
      <thead>
        <tr>
          <th>Key</th>
          <th>Value</th>
          <th>Saved as</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr
            key={row.id}
            className={invalidRows.has(row.id) ? 'metadata-editor-invalid' : ''}
          >
            <td>
              <input
                aria-label={`Key ${index + 1}`}
                aria-invalid={invalidRows.has(row.id)}
                value={row.key}
                onChange={(event) => update(row.id, { key: event.target.value })}
              />
            </td>
            <td>
              <input
                aria-label={`Value ${index + 1}`}
                value={row.value}
                onChange={(event) => update(row.id, { value: event.target.value })}
              />
            </td>
            <td className="muted">{draftValueKind(row.value)}</td>
            <td>
              <button
                type="button"
                aria-label={`Remove key ${index + 1}`}
                onClick={() => onChange(rows.filter((item) => item.id !== row.id))}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Editing({ experiment, onDone }: { experiment: Experiment; onDone: () => void }) {
  const [rows, setRows] = useState(() => {
    const draft = draftFromMetadata(experiment.metadata);
    return draft.length > 0 ? draft : [newDraftRow()];
  });
  const update = useUpdateExperiment(experiment.id);

  const result = draftToMetadata(rows);
  const unchanged = result.ok && sameMetadata(result.metadata, experiment.metadata);

  function save() {
    if (!result.ok) return;
    update.mutate({ metadata: result.metadata }, { onSuccess: onDone });
  }

  return (
    <form
      className="metadata-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <TypeRule />
      <DraftTable
        rows={rows}
        invalidRows={result.ok ? new Set() : result.invalidRows}
        onChange={setRows}
      />
      {!result.ok ? (
        <ul className="error-message metadata-editor-problems" role="alert">
          {result.messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      {update.error ? (
        <ErrorMessage error={update.error} action="Saving metadata" />
      ) : null}
      <div className="metadata-editor-actions">
        <button type="button" onClick={() => setRows([...rows, newDraftRow()])}>
          Add key
        </button>
        <button type="submit" disabled={!result.ok || unchanged || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save metadata'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        {unchanged ? <span className="muted">No changes yet.</span> : null}
      </div>
    </form>
  );
}

export function MetadataEditor({ experiment }: { experiment: Experiment }) {
  const canWrite = useCanWrite();
  const [editing, setEditing] = useState(false);

  if (editing && canWrite) {
    return <Editing experiment={experiment} onDone={() => setEditing(false)} />;
  }
  return (
    <div className="metadata-view">
      <MetadataTable metadata={experiment.metadata} />
      {canWrite ? (
        <button type="button" onClick={() => setEditing(true)}>
          Edit metadata
        </button>
      ) : null}
    </div>
  );
}
