import type { SuggestionStateFilter } from '../../api/suggestions';
import { MetadataFilter } from '../../components/MetadataFilter';
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

      <MetadataFilter
        metadataKeys={metadataKeys}
        values={values}
        metadataKey={view.metadataKey}
        metadataValue={view.metadataValue}
        onChange={(metadataKey, metadataValue) => update({ metadataKey, metadataValue })}
      />

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
