// The experiments list's view (search, metadata filter, sort, page) lives in the URL, so a
// link reproduces it. This module converts between search params, the view, and API queries.
import type { Experiment, Paging } from '../../../shared/api-types';
import type { Query } from '../../api/client';

export type ExperimentState = 'active' | 'all' | 'deleted';

/** created/updated are sorted by the API; name/observations need every page in the browser. */
export type ExperimentSort = 'created' | 'updated' | 'name' | 'observations';
export type SortOrder = 'asc' | 'desc';

export const PAGE_SIZES = [25, 50, 100] as const;

export interface ExperimentListView {
  search: string;
  metadataKey: string;
  metadataValue: string;
  state: ExperimentState;
  sort: ExperimentSort;
  order: SortOrder;
  limit: number;
  /** Cursor of the page, for API-sorted lists. */
  before: string | null;
  after: string | null;
  /** Position of the page's first row among all matches (0-based). */
  offset: number;
}

const STATES: readonly ExperimentState[] = ['active', 'all', 'deleted'];
const SORTS: readonly ExperimentSort[] = ['created', 'updated', 'name', 'observations'];

/** The order a sort starts in when chosen: names A→Z, everything else newest/largest first. */
export function defaultOrder(sort: ExperimentSort): SortOrder {
  return sort === 'name' ? 'asc' : 'desc';
}

export function isServerSort(sort: ExperimentSort): boolean {
  return sort === 'created' || sort === 'updated';
}

function pick<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function parseListView(params: URLSearchParams): ExperimentListView {
  const sort = pick(params.get('sort'), SORTS, 'created');
  const limit = Number(params.get('limit'));
  const offset = Number(params.get('offset'));
  return {
    search: params.get('q') ?? '',
    metadataKey: params.get('meta_key') ?? '',
    metadataValue: params.get('meta_value') ?? '',
    state: pick(params.get('state'), STATES, 'active'),
    sort,
    order: pick(params.get('order'), ['asc', 'desc'] as const, defaultOrder(sort)),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : PAGE_SIZES[0],
    before: params.get('before') || null,
    after: params.get('after') || null,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Search params for a view; defaults are left out to keep links short. */
export function listViewParams(view: ExperimentListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.metadataKey) {
    params.set('meta_key', view.metadataKey);
    params.set('meta_value', view.metadataValue);
  }
  if (view.state !== 'active') params.set('state', view.state);
  if (view.sort !== 'created') params.set('sort', view.sort);
  if (view.order !== defaultOrder(view.sort)) params.set('order', view.order);
  if (view.limit !== PAGE_SIZES[0]) params.set('limit', String(view.limit));
  if (view.before) params.set('before', view.before);
  if (view.after) params.set('after', view.after);
  if (view.offset > 0) params.set('offset', String(view.offset));
  return params;
}

/** A changed filter or sort starts again from the first page. */
export function firstPage(view: ExperimentListView): ExperimentListView {
  return { ...view, before: null, after: null, offset: 0 };
}

/** The filters every request carries, whatever the sort. */
export function filterQuery(view: ExperimentListView): Query {
  const query: Query = {};
  if (view.search.trim()) query.search = view.search.trim();
  if (view.state !== 'active') query.state = view.state;
  // A Sightline extension of the v1 list: exact match on one metadata key.
  if (view.metadataKey) {
    query.metadata_key = view.metadataKey;
    query.metadata_value = view.metadataValue;
  }
  return query;
}

/** The query of one API-sorted page. */
export function pageQuery(view: ExperimentListView): Query {
  return {
    ...filterQuery(view),
    sort: view.sort === 'updated' ? 'recent' : 'id',
    ascending: view.order === 'asc',
    limit: view.limit,
    before: view.before,
    after: view.after,
  };
}

/**
 * The views of the neighbouring pages of an API-sorted list, or null at either end.
 * Walking in the list's own direction follows `before` when descending and `after` when
 * ascending; going back uses the other marker.
 */
export function neighbourPages(
  view: ExperimentListView,
  paging: Paging,
  rowsOnPage: number,
  count: number,
): { previous: ExperimentListView | null; next: ExperimentListView | null } {
  const ascending = view.order === 'asc';
  const forward = ascending ? paging.after : paging.before;
  const backward = ascending ? paging.before : paging.after;
  const onFirstPage = (view.before === null && view.after === null) || view.offset === 0;
  const nextOffset = view.offset + rowsOnPage;

  const next =
    forward !== null && rowsOnPage > 0 && nextOffset < count
      ? {
          ...view,
          before: ascending ? null : forward,
          after: ascending ? forward : null,
          offset: nextOffset,
        }
      : null;
  const previous =
    !onFirstPage && backward !== null
      ? {
          ...view,
          before: ascending ? backward : null,
          after: ascending ? null : backward,
          offset: Math.max(0, view.offset - view.limit),
        }
      : null;
  // Back on the first page, drop the cursor so the page is the list's true top.
  if (previous && previous.offset === 0) return { previous: firstPage(previous), next };
  return { previous, next };
}

function compareNames(a: Experiment, b: Experiment): number {
  return a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' });
}

function observationCount(experiment: Experiment): number {
  return experiment.progress?.observation_count ?? 0;
}

/** Sorts experiments the API cannot sort; ties fall back to id so the order is stable. */
export function sortExperiments(
  experiments: readonly Experiment[],
  sort: ExperimentSort,
  order: SortOrder,
): Experiment[] {
  const sign = order === 'asc' ? 1 : -1;
  const byId = (a: Experiment, b: Experiment) => Number(a.id) - Number(b.id);
  const primary = (a: Experiment, b: Experiment): number => {
    if (sort === 'name') return compareNames(a, b);
    if (sort === 'observations') return observationCount(a) - observationCount(b);
    if (sort === 'updated') return a.updated - b.updated;
    return 0;
  };
  return [...experiments].sort((a, b) => sign * (primary(a, b) || byId(a, b)));
}
