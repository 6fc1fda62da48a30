// The Analysis view lives in the URL; this hook reads it and writes changes back without
// adding a history entry per tweak (a link still reproduces the view exactly).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { FieldTable } from './model/fields';
import { ownSearch, readView, writeView, type AnalysisView } from './model/view';

export type ViewUpdate = (change: (view: AnalysisView) => AnalysisView) => void;

export function useAnalysisView(table: FieldTable | null) {
  const [params, setParams] = useSearchParams();
  // Only the Analysis params: opening the observation drawer must not redraw the plots.
  const search = ownSearch(params);

  // Keyed on the query text and the field list (not the rows), so polling that only adds
  // observations keeps the same view object and does not redraw for nothing.
  const fieldKeys = table ? table.fields.map((field) => field.key).join('\n') : '';
  const view = useMemo(
    () => (table ? readView(new URLSearchParams(search), table) : null),
    [search, fieldKeys],
  );

  const update: ViewUpdate = useCallback(
    (change) => {
      if (!view) return;
      setParams((current) => writeView(current, change(view)), { replace: true });
    },
    [view, setParams],
  );

  const observationId = params.get('observation');
  const openObservation = useCallback(
    (id: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id === null) next.delete('observation');
          else next.set('observation', id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { view, update, observationId, openObservation };
}
