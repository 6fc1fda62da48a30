import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listViewParams, parseListView, type ExperimentListView } from './list-params';

export type SetListView = (
  view: ExperimentListView,
  options?: { replace?: boolean },
) => void;

/** The list's view from the URL, and a setter that writes a new view back to it. */
export function useListView(): [ExperimentListView, SetListView] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListView(params), [params]);
  const setView = useCallback(
    (next: ExperimentListView, options?: { replace?: boolean }) =>
      setParams(listViewParams(next), { replace: options?.replace ?? false }),
    [setParams],
  );
  return [view, setView];
}
