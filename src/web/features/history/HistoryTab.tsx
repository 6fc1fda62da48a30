import { useCallback, useDeferredValue, useMemo } from 'react';
import type { Experiment } from '../../../shared/api-types';
import { useObservations, type ObservationSet } from '../../api/observations';
import { DataTable } from '../../components/DataTable';
import { PanelErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PythonSnippet } from '../../components/PythonSnippet';
import { TableSkeleton } from '../../components/Skeleton';
import { downloadCsv } from '../../lib/csv';
import { ObservationDrawer } from '../observations/ObservationDrawer';
import { useHistoryColumns } from './column-store';
import { defaultBreakdownKey } from './failures';
import { FailuresBreakdown } from './FailuresBreakdown';
import { metadataKeysOf, observationFields } from './fields';
import { filterObservations, sortObservations } from './filter';
import { historyColumns } from './history-columns';
import { nextSort, useHistoryView } from './history-view';
import { HistoryToolbar } from './HistoryToolbar';
import { reportObservationSnippet } from './report-snippet';
import { observationsCsv } from './export';

/** Every observation of the experiment, live, with filters, sorting and a failures breakdown. */
export function HistoryTab({ experiment }: { experiment: Experiment }) {
  const observations = useObservations(experiment.id);

  if (observations.isPending)
    return <TableSkeleton rows={12} label="Loading observations" />;
  if (observations.isError && !observations.data) {
    return <ErrorMessage error={observations.error} action="Loading observations" />;
  }

  const set = observations.data;
  if (!set) return null;
  if (set.rows.length === 0) return <EmptyHistory experiment={experiment} />;

  return (
    <>
      {observations.isError ? (
        <ErrorMessage error={observations.error} action="Live update" />
      ) : null}
      <HistoryContent experiment={experiment} set={set} />
    </>
  );
}

function EmptyHistory({ experiment }: { experiment: Experiment }) {
  const metric = experiment.metrics[0]?.name ?? null;
  return (
    <div className="empty-state history-empty">
      <h3>No observations yet</h3>
      <p>
        Observations appear here as your workers report them. This is all a training loop
        needs (the official SigOpt Python client, pointed at this server):
      </p>
      <PythonSnippet code={reportObservationSnippet(experiment.id, metric)} />
    </div>
  );
}

function HistoryContent({
  experiment,
  set,
}: {
  experiment: Experiment;
  set: ObservationSet;
}) {
  const { rows, version } = set;
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
  const sorted = useMemo(
    () =>
      sortField ? sortObservations(filtered, sortField, view.sort.direction) : filtered,
    [filtered, sortField, view.sort.direction],
  );

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
            }
          />
        </PanelErrorBoundary>

        <PanelErrorBoundary label="Failures by key">
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
