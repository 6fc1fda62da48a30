import { useCallback, useMemo } from 'react';
import type { Experiment, Suggestion } from '../../../shared/api-types';
import { useSuggestions } from '../../api/suggestions';
import { DataTable } from '../../components/DataTable';
import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TableSkeleton } from '../../components/Skeleton';
import { metadataKeysOf } from '../../lib/metadata-keys';
import { nextSort } from '../history/history-view';
import { filterSuggestions, sortSuggestions, suggestionMetadataValues } from './filter';
import { suggestionColumns } from './suggestion-columns';
import { suggestionFields } from './suggestion-fields';
import { SuggestionDrawer } from './SuggestionDrawer';
import { SuggestionsByKey } from './SuggestionsByKey';
import { SuggestionsToolbar } from './SuggestionsToolbar';
import { useSuggestionsView } from './suggestions-view';
import { useStaleness } from './use-staleness';

const EMPTY: readonly Suggestion[] = [];

/** Suggestions (open by default) with their age, metadata columns and a per-worker summary. */
export function SuggestionsTab({ experiment }: { experiment: Experiment }) {
  const [view, update] = useSuggestionsView();
  const listed = useSuggestions(experiment.id, view.state);
  const open = useSuggestions(experiment.id, 'open');
  const staleness = useStaleness(experiment.id);

  const rows = listed.data ?? EMPTY;
  const openRows = open.data ?? EMPTY;

  const metadataKeys = useMemo(() => metadataKeysOf(rows), [rows]);
  const openKeys = useMemo(() => metadataKeysOf(openRows), [openRows]);
  const fields = useMemo(
    () => suggestionFields(experiment, metadataKeys),
    [experiment.parameters, metadataKeys],
  );
  const columns = useMemo(
    () => suggestionColumns(fields, staleness.staleAfter),
    [fields, staleness.staleAfter],
  );

  const values = useMemo(
    () => (view.metadataKey ? suggestionMetadataValues(rows, view.metadataKey) : []),
    [rows, view.metadataKey],
  );
  const sortField = fields.find((field) => field.key === view.sort.key) ?? fields[0];
  const shown = useMemo(() => {
    const filtered = filterSuggestions(rows, view.metadataKey, view.metadataValue);
    return sortField
      ? sortSuggestions(filtered, sortField, view.sort.direction)
      : filtered;
  }, [rows, view.metadataKey, view.metadataValue, sortField, view.sort.direction]);

  const summaryKey =
    view.summaryKey !== null && openKeys.includes(view.summaryKey)
      ? view.summaryKey
      : openKeys.includes('instance_id')
        ? 'instance_id'
        : (openKeys[0] ?? '');

  const closeDrawer = useCallback(() => update({ suggestionId: null }), [update]);

  return (
    <div className="suggestions-tab">
      <SuggestionsToolbar
        view={view}
        update={update}
        metadataKeys={metadataKeys}
        values={values}
        shownCount={shown.length}
        totalCount={rows.length}
      />

      <div className="history-layout">
        <PanelErrorBoundary label="Suggestions table">
          {listed.isPending ? (
            <TableSkeleton rows={8} label="Loading suggestions" />
          ) : listed.isError && !listed.data ? (
            <ErrorMessage error={listed.error} action="Loading suggestions" />
          ) : (
            <>
              {listed.isError ? (
                <ErrorMessage error={listed.error} action="Live update" />
              ) : null}
              <DataTable
                label="Suggestions"
                testId="suggestions-table"
                height="55vh"
                rows={shown}
                columns={columns}
                rowKey={(row) => row.id}
                sort={view.sort}
                onSort={(key) => update({ sort: nextSort(view.sort, key) })}
                onRowClick={(row) => update({ suggestionId: row.id })}
                activeKey={view.suggestionId}
                empty={<EmptySuggestions view={view} total={rows.length} />}
              />
            </>
          )}
        </PanelErrorBoundary>

        <PanelErrorBoundary label="Open suggestions by key">
          {open.isPending ? (
            <TableSkeleton rows={4} label="Loading open suggestions" />
          ) : open.isError && !open.data ? (
            <ErrorMessage error={open.error} action="Loading open suggestions" />
          ) : (
            <SuggestionsByKey
              openSuggestions={openRows}
              metadataKeys={openKeys}
              summaryKey={summaryKey}
              onKeyChange={(key) => update({ summaryKey: key })}
              onPick={(key, value) => update({ metadataKey: key, metadataValue: value })}
              activeValue={view.metadataKey === summaryKey ? view.metadataValue : null}
              staleness={staleness}
            />
          )}
        </PanelErrorBoundary>
      </div>

      {view.suggestionId !== null ? (
        <PanelErrorBoundary label="Suggestion details">
          <SuggestionDrawer
            experiment={experiment}
            suggestionId={view.suggestionId}
            loaded={listed.data}
            staleAfter={staleness.staleAfter}
            onClose={closeDrawer}
          />
        </PanelErrorBoundary>
      ) : null}
    </div>
  );
}

function EmptySuggestions({
  view,
  total,
}: {
  view: ReturnType<typeof useSuggestionsView>[0];
  total: number;
}) {
  if (total > 0) return <p>No suggestions match this filter.</p>;
  if (view.state === 'open') {
    return (
      <p>
        No open suggestions: no worker is evaluating anything right now. Workers get one
        with <code>conn.experiments(ID).suggestions().create()</code>; closed ones are
        under <em>Closed</em> and <em>All</em>.
      </p>
    );
  }
  return (
    <p>No suggestions yet. Workers create them when they ask what to evaluate next.</p>
  );
}
