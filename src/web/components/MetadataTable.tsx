import type { Metadata } from '../../shared/api-types';
import { metadataValueText } from './MetadataChips';
import { TruncatedText } from './TruncatedText';

/** Metadata as a read-only key/value table sorted by key; every value shown as text. */
export function MetadataTable({ metadata }: { metadata: Metadata | null }) {
  const entries = Object.entries(metadata ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (entries.length === 0) return <p className="muted">No metadata.</p>;
  return (
    <table className="data-table metadata-table">
      <thead>
        <tr>
          <th>Key</th>
          <th>Value</th>
          <th>Type</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <td>
              <TruncatedText text={key} max={40} />
            </td>
            <td>
              <TruncatedText text={metadataValueText(value)} max={80} />
            </td>
            <td className="muted">{typeof value === 'number' ? 'number' : 'text'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
