import type { SuggestionStateFilter } from '../../api/suggestions';
import type { SuggestionsView } from './suggestions-view';

interface Props {
  view: SuggestionsView;
  update: (patch: Partial<SuggestionsView>) => void;
  metadataKeys: readonly string[];
  /** Values present for the chosen key. */
  values: readonly string[];
  shownCount: number;
  totalCount: number;
}

const STATE_CHOICES: ReadonlyArray<readonly [SuggestionStateFilter, string]> = [
  ['open', 'Open'],
  ['closed', 'Closed'],
  ['all', 'All'],
];

export function SuggestionsToolbar({
  view,
  update,
  metadataKeys,
  values,
  ...counts
}: Props) {
  const shownValues =
    view.metadataValue && !values.includes(view.metadataValue)
      ? [view.metadataValue, ...values]
      : values;

  return (
    <div className="history-toolbar" role="toolbar" aria-label="Suggestion filters">
      <div className="segmented" role="group" aria-label="State">
        {STATE_CHOICES.map(([state, label]) => (
          <button
            key={state}
            type="button"
            aria-pressed={view.state === state}
            onClick={() => update({ state })}
          >
            {label}
          </button>
        ))}
      </div>

      <label className="history-filter">
        Metadata
        <select
          aria-label="Metadata key"
          value={view.metadataKey}
          onChange={(event) =>
            update({ metadataKey: event.target.value, metadataValue: '' })
          }
        >
          <option value="">any key</option>
          {metadataKeys.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
        =
        <select
          aria-label="Metadata value"
          value={view.metadataValue}
          disabled={!view.metadataKey}
          onChange={(event) => update({ metadataValue: event.target.value })}
        >
          <option value="">any value</option>
          {shownValues.map((value) => (
            <option key={value} value={value}>
              {value.length > 60 ? `${value.slice(0, 59)}…` : value}
            </option>
          ))}
        </select>
      </label>

      {view.metadataKey && view.metadataValue ? (
        <button
          type="button"
          onClick={() => update({ metadataKey: '', metadataValue: '' })}
        >
          Clear filter
        </button>
      ) : null}

      <span className="history-count" data-testid="suggestions-count">
        {counts.shownCount.toLocaleString()} of {counts.totalCount.toLocaleString()}{' '}
        {view.state === 'all' ? '' : `${view.state} `}suggestions
      </span>
    </div>
  );
}
