// The Suggestions tab's view in the URL: which suggestions (open by default), the metadata
// filter, sort, the "by key" summary key and the suggestion open in the drawer.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SuggestionStateFilter } from '../../api/suggestions';
import type { TableSort } from '../../components/DataTable';
import { formatSort, parseSort } from '../history/history-view';

export interface SuggestionsView {
  state: SuggestionStateFilter;
  metadataKey: string;
  metadataValue: string;
  sort: TableSort;
  /** Metadata key of the "by key" summary; null means the default key. */
  summaryKey: string | null;
  suggestionId: string | null;
}

const STATES: readonly SuggestionStateFilter[] = ['open', 'closed', 'all'];

/** Oldest first: the suggestions most likely to be stuck come to the top. */
export const DEFAULT_SUGGESTION_SORT: TableSort = { key: 'created', direction: 'asc' };

export function readSuggestionsView(params: URLSearchParams): SuggestionsView {
  const state = params.get('state') as SuggestionStateFilter | null;
  const sort = params.get('sort');
  return {
    state: state && STATES.includes(state) ? state : 'open',
    metadataKey: params.get('key') ?? '',
    metadataValue: params.get('value') ?? '',
    sort: sort ? parseSort(sort) : DEFAULT_SUGGESTION_SORT,
    summaryKey: params.get('by'),
    suggestionId: params.get('suggestion'),
  };
}

export function writeSuggestionsView(
  params: URLSearchParams,
  patch: Partial<SuggestionsView>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null, fallback = '') => {
    if (value === null || value === fallback) next.delete(name);
    else next.set(name, value);
  };

  if (patch.state !== undefined) set('state', patch.state, 'open');
  if (patch.metadataKey !== undefined) set('key', patch.metadataKey);
  if (patch.metadataValue !== undefined) set('value', patch.metadataValue);
  if (patch.sort !== undefined) {
    set('sort', formatSort(patch.sort), formatSort(DEFAULT_SUGGESTION_SORT));
  }
  if (patch.summaryKey !== undefined) set('by', patch.summaryKey);
  if (patch.suggestionId !== undefined) set('suggestion', patch.suggestionId);
  return next;
}

export function useSuggestionsView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readSuggestionsView(params), [params]);

  const update = useCallback(
    (patch: Partial<SuggestionsView>) => {
      const push = patch.suggestionId !== undefined && patch.suggestionId !== null;
      setParams((current) => writeSuggestionsView(current, patch), { replace: !push });
    },
    [setParams],
  );

  return [view, update] as const;
}
