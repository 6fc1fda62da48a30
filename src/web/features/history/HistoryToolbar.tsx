import { useMemo } from 'react';
import type { Observation } from '../../../shared/api-types';
import { ColumnChooser } from '../../components/ColumnChooser';
import { MetadataFilter } from '../../components/MetadataFilter';
import type { ObservationField } from './fields';
import { metadataValuesOf, type StatusFilter } from './filter';
import type { HistoryView, HistoryViewPatch } from './history-view';

interface Props {
  view: HistoryView;
  update: (patch: HistoryViewPatch) => void;
  rows: readonly Observation[];
  version: number;
  metadataKeys: readonly string[];
  fields: readonly ObservationField[];
  hiddenColumns: ReadonlySet<string>;
  onHiddenColumnsChange: (hidden: Set<string>) => void;
  shownCount: number;
  /** Observations in the experiment (more than `rows` while the rest still loads). */
  totalCount: number;
  loadingRest: boolean;
  onExport: () => void;
}

const STATUS_CHOICES: ReadonlyArray<readonly [StatusFilter, string]> = [
  ['all', 'All'],
  ['failed', 'Failed'],
  ['succeeded', 'Succeeded'],
];

/** A long tail of distinct values (unique run ids, say) is cut from the picker. */
const MAX_PICKER_VALUES = 1000;

export function HistoryToolbar(props: Props) {
  const { view, update, rows, version, metadataKeys } = props;

  const values = useMemo(
    () => (view.metadataKey ? metadataValuesOf(rows, view.metadataKey) : []),
    // rows changes identity together with version.
    [version, view.metadataKey],
  );
  const shownValues = values.slice(0, MAX_PICKER_VALUES);

  const filtered =
    view.status !== 'all' || view.text !== '' || (view.metadataKey && view.metadataValue);

  return (
    <div className="history-toolbar" role="toolbar" aria-label="History filters">
      <div className="segmented" role="group" aria-label="Status">
        {STATUS_CHOICES.map(([status, label]) => (
          <button
            key={status}
            type="button"
            aria-pressed={view.status === status}
            onClick={() => update({ status })}
          >
            {label}
          </button>
        ))}
      </div>

      <MetadataFilter
        metadataKeys={metadataKeys}
        values={shownValues}
        metadataKey={view.metadataKey}
        metadataValue={view.metadataValue}
        onChange={(metadataKey, metadataValue) => update({ metadataKey, metadataValue })}
      />

      <input
        type="search"
        aria-label="Search observations"
        placeholder="Search ids, assignments, metadata"
        value={view.text}
        onChange={(event) => update({ text: event.target.value })}
      />

      {filtered ? (
        <button
          type="button"
          onClick={() =>
            update({ status: 'all', text: '', metadataKey: '', metadataValue: '' })
          }
        >
          Clear filters
        </button>
      ) : null}

      <span className="history-count" data-testid="history-count">
        {props.loadingRest
          ? `newest ${rows.length.toLocaleString()} of ${props.totalCount.toLocaleString()}` +
            ' observations, loading the rest…'
          : `${props.shownCount.toLocaleString()} of ${rows.length.toLocaleString()} observations`}
      </span>

      <div className="history-toolbar-end">
        <ColumnChooser
          columns={props.fields.map((field) => ({ key: field.key, label: field.label }))}
          hidden={props.hiddenColumns}
          onChange={props.onHiddenColumnsChange}
        />
        <button
          type="button"
          onClick={props.onExport}
          disabled={props.shownCount === 0 || props.loadingRest}
        >
          Export CSV
        </button>
      </div>
    </div>
  );
}
