// Search, metadata filter, archived toggle and sort of the experiments list. Each control
// writes the URL (through the view), so the browser's back button and links keep them.
import { useEffect, useState, type FormEvent } from 'react';
import {
  defaultOrder,
  firstPage,
  PAGE_SIZES,
  type ExperimentListView,
  type ExperimentSort,
  type ExperimentState,
} from './list-params';
import type { SetListView } from './use-list-view';

interface Props {
  view: ExperimentListView;
  onChange: SetListView;
}

const SEARCH_DELAY_MS = 300;

function SearchBox({ view, onChange }: Props) {
  const [text, setText] = useState(view.search);

  // Follow the URL when it changes from outside (back button, "clear filters").
  useEffect(() => setText(view.search), [view.search]);

  useEffect(() => {
    if (text === view.search) return;
    // Typing replaces the history entry, so Back does not step through every keystroke.
    const timer = setTimeout(
      () => onChange(firstPage({ ...view, search: text }), { replace: true }),
      SEARCH_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text, view, onChange]);

  return (
    <label className="experiments-control">
      Search by name{' '}
      <input
        type="search"
        value={text}
        placeholder="e.g. resnet"
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}

function MetadataFilter({ view, onChange }: Props) {
  const [key, setKey] = useState(view.metadataKey);
  const [value, setValue] = useState(view.metadataValue);

  useEffect(() => {
    setKey(view.metadataKey);
    setValue(view.metadataValue);
  }, [view.metadataKey, view.metadataValue]);

  function apply(event: FormEvent) {
    event.preventDefault();
    onChange(firstPage({ ...view, metadataKey: key, metadataValue: key ? value : '' }));
  }

  return (
    <form
      className="experiments-metadata-filter"
      onSubmit={apply}
      aria-label="Metadata filter"
    >
      <span>Metadata</span>
      <input
        aria-label="Metadata key"
        placeholder="key, e.g. model"
        value={key}
        onChange={(event) => setKey(event.target.value)}
      />
      <span>=</span>
      <input
        aria-label="Metadata value"
        placeholder="value, e.g. xgboost"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button
        type="submit"
        disabled={key === view.metadataKey && value === view.metadataValue}
      >
        Filter
      </button>
    </form>
  );
}

const SORT_LABELS: Record<ExperimentSort, string> = {
  created: 'Created',
  updated: 'Updated',
  name: 'Name',
  observations: 'Observations',
};

export function ExperimentFilters({ view, onChange }: Props) {
  return (
    <div className="experiments-filters">
      <SearchBox view={view} onChange={onChange} />
      <MetadataFilter view={view} onChange={onChange} />
      <label className="experiments-control">
        Show{' '}
        <select
          value={view.state}
          onChange={(event) =>
            onChange(firstPage({ ...view, state: event.target.value as ExperimentState }))
          }
        >
          <option value="active">active experiments</option>
          <option value="all">active and archived</option>
          <option value="deleted">archived only</option>
        </select>
      </label>
      <label className="experiments-control">
        Sort by{' '}
        <select
          value={view.sort}
          onChange={(event) => {
            const sort = event.target.value as ExperimentSort;
            onChange(firstPage({ ...view, sort, order: defaultOrder(sort) }));
          }}
        >
          {Object.entries(SORT_LABELS).map(([sort, label]) => (
            <option key={sort} value={sort}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        title="Reverse the order"
        onClick={() =>
          onChange(firstPage({ ...view, order: view.order === 'asc' ? 'desc' : 'asc' }))
        }
      >
        {view.order === 'asc' ? 'Ascending ↑' : 'Descending ↓'}
      </button>
      <label className="experiments-control">
        Per page{' '}
        <select
          value={view.limit}
          onChange={(event) =>
            onChange(firstPage({ ...view, limit: Number(event.target.value) }))
          }
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
