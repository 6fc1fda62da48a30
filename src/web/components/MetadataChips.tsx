import type { Metadata } from '../../shared/api-types';
import { TruncatedText } from './TruncatedText';

/** How a metadata value reads in a chip or cell: exactly as stored, digits included. */
export function metadataValueText(value: string | number): string {
  return typeof value === 'number' ? String(value) : value;
}

interface Props {
  metadata: Metadata | null;
  /** Chips shown before "+N more"; defaults to all. */
  limit?: number;
  /** Makes each chip a button, e.g. to filter by that key and value. */
  onPick?: (key: string, value: string | number) => void;
  /** Title of a pickable chip; defaults to "Filter by key = value". */
  pickTitle?: (key: string, value: string | number) => string;
}

/** Metadata as `key: value` chips, sorted by key, each cut when long (full text on hover). */
export function MetadataChips({ metadata, limit, onPick, pickTitle }: Props) {
  const entries = Object.entries(metadata ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (entries.length === 0) return <span className="muted">none</span>;

  const shown = limit === undefined ? entries : entries.slice(0, limit);
  const hidden = entries.length - shown.length;
  const hiddenText = entries
    .slice(shown.length)
    .map(([key, value]) => `${key}: ${metadataValueText(value)}`)
    .join('\n');

  return (
    <span className="metadata-chips">
      {shown.map(([key, value]) => {
        const content = (
          <>
            <TruncatedText className="metadata-chip-key" text={key} max={24} />
            <span className="metadata-chip-sep">: </span>
            <TruncatedText text={metadataValueText(value)} max={32} />
          </>
        );
        if (!onPick) {
          return (
            <span key={key} className="metadata-chip">
              {content}
            </span>
          );
        }
        const title =
          pickTitle?.(key, value) ?? `Filter by ${key} = ${metadataValueText(value)}`;
        return (
          <button
            key={key}
            type="button"
            className="metadata-chip metadata-chip-button"
            title={title}
            onClick={() => onPick(key, value)}
          >
            {content}
          </button>
        );
      })}
      {hidden > 0 ? (
        <span className="metadata-chip metadata-chip-more" title={hiddenText}>
          +{hidden} more
        </span>
      ) : null}
    </span>
  );
}
