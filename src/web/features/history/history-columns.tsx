// How each observation field renders as a History table column. Render functions run for
// visible rows only and do no more than format one value.
import type { Observation } from '../../../shared/api-types';
import type { DataColumn } from '../../components/DataTable';
import { RelativeTime } from '../../components/RelativeTime';
import { TruncatedText } from '../../components/TruncatedText';
import { formatExact, formatNumber } from '../../lib/format';
import { ObservationStatus } from '../observations/ObservationStatus';
import { fieldValue, type ObservationField } from './fields';

function textOf(value: string | number | null): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** Exact text for hover, where a cell may cut it. */
function fullTextOf(value: string | number | null): string | undefined {
  if (value === null) return undefined;
  return String(value);
}

function columnFor(field: ObservationField): DataColumn<Observation> {
  const base = { key: field.key, header: field.label };

  switch (field.kind) {
    case 'id':
      return { ...base, width: 90, align: 'end', render: (row) => row.id };
    case 'created':
      return {
        ...base,
        width: 130,
        render: (row) => <RelativeTime unixSeconds={row.created} />,
        title: (row) => formatExact(row.created),
      };
    case 'suggestion':
      return {
        ...base,
        width: 100,
        align: 'end',
        render: (row) => row.suggestion ?? <span className="muted">—</span>,
      };
    case 'status':
      return {
        ...base,
        width: 120,
        render: (row) => <ObservationStatus failed={row.failed} />,
      };
    case 'value':
    case 'stddev':
      return {
        ...base,
        width: field.kind === 'value' ? 120 : 110,
        align: 'end',
        render: (row) => (row.failed ? '—' : textOf(fieldValue(row, field))),
        title: (row) =>
          row.failed ? 'Failed: no value' : fullTextOf(fieldValue(row, field)),
        cellClassName: (row) => (row.failed ? 'history-cell-failed' : undefined),
      };
    case 'param':
      return {
        ...base,
        width: 110,
        align: 'end',
        render: (row) => textOf(fieldValue(row, field)),
        title: (row) => fullTextOf(fieldValue(row, field)),
      };
    case 'meta':
      return {
        ...base,
        width: 140,
        render: (row) => {
          const value = fieldValue(row, field);
          return value === null ? null : <TruncatedText text={String(value)} max={24} />;
        },
        title: (row) => fullTextOf(fieldValue(row, field)),
      };
  }
}

export function historyColumns(
  fields: readonly ObservationField[],
  hidden: ReadonlySet<string>,
): DataColumn<Observation>[] {
  return fields.filter((field) => !hidden.has(field.key)).map(columnFor);
}
