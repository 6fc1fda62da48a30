import type { ReactNode } from 'react';

interface Props {
  /** Pairs shown in the given order; values are rendered as text, never as HTML. */
  entries: ReadonlyArray<readonly [string, string | number | ReactNode]>;
  /** Said instead of an empty table. */
  emptyText: string;
  label: string;
}

/** Full keys and values (no truncation), for drawers that show every detail of one row. */
export function KeyValueTable({ entries, emptyText, label }: Props) {
  if (entries.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <table className="key-value-table" aria-label={label}>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
