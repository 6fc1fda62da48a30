// One page of the experiments list, whichever way it is sorted: by the API (created,
// updated) with cursors, or in the browser over every match (name, observations).
import { useMemo } from 'react';
import type { Experiment } from '../../../shared/api-types';
import { useAllExperiments, useExperimentList } from '../../api/experiments';
import {
  filterQuery,
  isServerSort,
  neighbourPages,
  pageQuery,
  sortExperiments,
  type ExperimentListView,
} from './list-params';

export interface ExperimentPage {
  rows: Experiment[];
  count: number;
  previous: ExperimentListView | null;
  next: ExperimentListView | null;
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
}

export function useExperimentPage(view: ExperimentListView): ExperimentPage {
  const serverSorted = isServerSort(view.sort);
  const page = useExperimentList(pageQuery(view), serverSorted);
  const all = useAllExperiments(filterQuery(view), !serverSorted);

  const sortedAll = useMemo(
    () => (all.data ? sortExperiments(all.data.items, view.sort, view.order) : []),
    [all.data, view.sort, view.order],
  );

  if (serverSorted) {
    const data = page.data;
    const neighbours = data
      ? neighbourPages(view, data.paging, data.data.length, data.count)
      : { previous: null, next: null };
    return {
      rows: data?.data ?? [],
      count: data?.count ?? 0,
      ...neighbours,
      isPending: page.isPending,
      isFetching: page.isFetching,
      error: page.error,
    };
  }

  const start = Math.min(view.offset, Math.max(0, sortedAll.length - 1));
  const rows = sortedAll.slice(start, start + view.limit);
  const withOffset = (offset: number) => ({ ...view, before: null, after: null, offset });
  return {
    rows,
    count: sortedAll.length,
    previous: start > 0 ? withOffset(Math.max(0, start - view.limit)) : null,
    next: start + view.limit < sortedAll.length ? withOffset(start + view.limit) : null,
    isPending: all.isPending,
    isFetching: all.isFetching,
    error: all.error,
  };
}
