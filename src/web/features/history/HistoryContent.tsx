import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Experiment } from '../../../shared/api-types';
import type { ObservationSet } from '../../api/observations';
import { DataTable } from '../../components/DataTable';
import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { TableSkeleton } from '../../components/Skeleton';
import { downloadCsv } from '../../lib/csv';
import { ObservationDrawer } from '../observations/ObservationDrawer';
import { useHistoryColumns } from './column-store';
import { observationsCsv } from './export';
import { defaultBreakdownKey } from './failures';
import { FailuresBreakdown } from './FailuresBreakdown';
import { metadataKeysOf, observationFields } from './fields';
import { filterObservations, sortObservations } from './filter';
import { historyColumns } from './history-columns';
import { nextSort, useHistoryView } from './history-view';
import { HistoryToolbar } from './HistoryToolbar';

interface Props {
  experiment: Experiment;
  set: ObservationSet;
  /**
   * While only the newest page is loaded: how many observations there are in all. Such a
   * page is exactly the top of the table when sorted by id, newest first, whatever the
   * filters, so only that order is shown before the rest arrives.
   */
  partialTotal: number | null;
}

/** The History tab's toolbar, table, failures breakdown and drawer over one observation set. */
export function HistoryContent({ experiment, set, partialTotal }: Props) {
  const { rows, version } = set;
  const partial = partialTotal !== null;
  const [view, update] = useHistoryView();
  const storedHidden = useHistoryColumns(
    (state) => state.hiddenByExperiment[experiment.id],
  );
  const setStoredHidden = useHistoryColumns((state) => state.setHidden);

  // Every derivation below keys on `version` (bumped when rows change) and the view, so a
  // poll that brings nothing new costs nothing, and a new row never resets the view.
  const metadataKeys = useMemo(() => metadataKeysOf(rows), [version]);
  const fields = useMemo(
    () => observationFields(experiment, metadataKeys),
    [experiment.metrics, experiment.parameters, metadataKeys],
  );

  const text = useDeferredValue(view.text);
  const filtered = useMemo(
    () =>
      filterObservations(rows, {
        status: view.status,
        metadataKey: view.metadataKey,
        metadataValue: view.metadataValue,
        text,
      }),
    [version, view.status, view.metadataKey, view.metadataValue, text],
  );

  const sortField = fields.find((field) => field.key === view.sort.key) ?? fields[0];
  const newestFirst = sortField?.key === 'id' && view.sort.direction === 'desc';
  const sorted = useMemo(() => {
    if (partial && !newestFirst) return [];
    return sortField
      ? sortObservations(filtered, sortField, view.sort.direction)
      : filtered;
  }, [filtered, sortField, view.sort.direction, partial, newestFirst]);

  const hidden = useMemo(
    () => view.hiddenColumns ?? new Set(storedHidden ?? []),
    [view.hiddenColumns, storedHidden],
  );
  const columns = useMemo(() => historyColumns(fields, hidden), [fields, hidden]);

  const breakdownKey =
    view.breakdownKey !== null && metadataKeys.includes(view.breakdownKey)
      ? view.breakdownKey
      : defaultBreakdownKey(metadataKeys);

  const closeDrawer = useCallback(() => update({ observationId: null }), [update]);

  function onHiddenColumnsChange(next: Set<string>) {
    setStoredHidden(experiment.id, [...next]);
    update({ hiddenColumns: next });
  }

  function onExport() {
    const name = `${experiment.name || 'experiment'}-${experiment.id}-observations.csv`;
    downloadCsv(name.replace(/[^\w.-]+/g, '_'), observationsCsv(sorted, fields));
  }

  return (
    <div className="history-tab">
      <HistoryToolbar
        view={view}
        update={update}
        rows={rows}
        version={version}
        metadataKeys={metadataKeys}
        fields={fields}
        hiddenColumns={hidden}
        onHiddenColumnsChange={onHiddenColumnsChange}
        shownCount={sorted.length}
        totalCount={partialTotal ?? rows.length}
        loadingRest={partial}
        onExport={onExport}
      />

      <div className="history-layout">
        <PanelErrorBoundary label="History table">
          <DataTable
            label="Observations"
            testId="history-table"
            rows={sorted}
            columns={columns}
            rowKey={(row) => row.id}
            sort={view.sort}
            onSort={(key) => update({ sort: nextSort(view.sort, key) })}
            onRowClick={(row) => update({ observationId: row.id })}
            rowClassName={(row) => (row.failed ? 'history-row-failed' : undefined)}
            activeKey={view.observationId}
            empty={
              partial ? (
                <TableSkeleton
                  rows={8}
                  label={`Loading all ${partialTotal} observations to sort them`}
                />
              ) : (
                <p>
                  No observations match these filters.{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      update({
                        status: 'all',
                        text: '',
                        metadataKey: '',
                        metadataValue: '',
                      })
                    }
                  >
                    Clear filters
                  </button>
                </p>
              )
            }
          />
        </PanelErrorBoundary>

        <PanelErrorBoundary label="Failures by key">
          {partial ? (
            <section className="failures-breakdown" aria-label="Failures by key">
              <h3>Failures by key</h3>
              <TableSkeleton
                rows={6}
                label={`Counting failures over all ${partialTotal} observations`}
              />
            </section>
          ) : (
            <FailuresBreakdown
              rows={rows}
              version={version}
              metadataKeys={metadataKeys}
              breakdownKey={breakdownKey}
              onKeyChange={(key) => update({ breakdownKey: key })}
              activeValue={view.metadataKey === breakdownKey ? view.metadataValue : null}
              onPick={(key, value, failedOnly) =>
                update({
                  metadataKey: key,
                  metadataValue: value,
                  ...(failedOnly ? { status: 'failed' as const } : {}),
                })
              }
            />
          )}
        </PanelErrorBoundary>
      </div>

      {view.observationId !== null ? (
        <PanelErrorBoundary label="Observation details">
          <ObservationDrawer
            experiment={experiment}
            observationId={view.observationId}
            onClose={closeDrawer}
          />
        </PanelErrorBoundary>
      ) : null}
    </div>
  );
}
