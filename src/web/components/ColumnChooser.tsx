export interface ChoosableColumn {
  key: string;
  label: string;
}

interface Props {
  columns: readonly ChoosableColumn[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: Set<string>) => void;
}

/** A dropdown of checkboxes that hides and shows table columns. */
export function ColumnChooser({ columns, hidden, onChange }: Props) {
  function toggle(key: string, visible: boolean) {
    const next = new Set(hidden);
    if (visible) next.delete(key);
    else next.add(key);
    onChange(next);
  }

  const shown = columns.filter((column) => !hidden.has(column.key)).length;

  return (
    <details className="column-chooser">
      <summary>
        Columns ({shown}/{columns.length})
      </summary>
      <div className="column-chooser-menu">
        <div className="column-chooser-actions">
          <button type="button" onClick={() => onChange(new Set())}>
            Show all
          </button>
        </div>
        {columns.map((column) => (
          <label key={column.key}>
            <input
              type="checkbox"
              checked={!hidden.has(column.key)}
              onChange={(event) => toggle(column.key, event.target.checked)}
            />
            {column.label}
          </label>
        ))}
      </div>
    </details>
  );
}
