import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listViewParams, parseListView, type ExperimentListView } from './list-params';

/** The list's view from the URL, and a setter that writes a new view back to it. */
export function useListView(): [ExperimentListView, (view: ExperimentListView) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListView(params), [params]);
  const setView = useCallback(
    (next: ExperimentListView) => setParams(listViewParams(next)),
    [setParams],
  );
  return [view, setView];
}
