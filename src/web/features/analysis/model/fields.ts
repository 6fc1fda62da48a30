// The one field model behind every Analysis plot. A field is something an observation can
// be plotted by: its index (creation order), created time, failed status, a parameter, a
// metric value or a metadata key. Values are held column-wise in Float64Arrays, built once
// per data version, so plots over 100,000 observations only index into arrays.
import type { Experiment, Metric, Observation } from '../../../../shared/api-types';
import { formatNumber } from '../../../lib/format';

export type FieldKind =
  'index' | 'created' | 'failed' | 'parameter' | 'metric' | 'metadata';

/** How a field is drawn: numbers on a linear/log axis, dates, or named categories. */
export type FieldScale = 'continuous' | 'time' | 'categorical';

export interface Field {
  /** Stable id used in URLs and saved views, e.g. `m.accuracy`, `d.instance_id`. */
  key: string;
  kind: FieldKind;
  /** The label users see, as typed (escape before handing it to plotly). */
  label: string;
  scale: FieldScale;
  /** Categorical fields only: the category names, in the order codes refer to them. */
  categories: string[];
  /** Metric fields only. */
  metric?: Metric;
}

export interface FieldTable {
  /** The ObservationSet version these columns were built from. */
  version: number;
  rows: Observation[];
  fields: Field[];
  byKey: Map<string, Field>;
  /** One value per row; NaN where the row lacks the field. Categories are codes. */
  columns: Map<string, Float64Array>;
  failed: Uint8Array;
}

export const INDEX_KEY = 'index';
export const CREATED_KEY = 'created';
export const FAILED_KEY = 'failed';

const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sorts category names so that "w2" precedes "w10", the same way on every load. */
export function sortCategories(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(
    (a, b) => naturalOrder.compare(a, b) || (a < b ? -1 : 1),
  );
}

export function metricKey(metric: Metric): string {
  return `m.${metric.name ?? ''}`;
}

export function metricLabel(metric: Metric): string {
  return metric.name ?? 'value';
}

function metricValue(row: Observation, metric: Metric, single: boolean): number {
  const found = row.values.find((value) => value.name === metric.name);
  if (found) return found.value;

  // A single-metric experiment may report its value without a name.
  const only = single && row.values.length === 1 ? row.values[0] : undefined;
  return only ? only.value : Number.NaN;
}

function categoricalColumn(raw: Array<string | undefined>): {
  column: Float64Array;
  categories: string[];
} {
  const categories = sortCategories(
    raw.filter((value): value is string => value !== undefined),
  );
  const codes = new Map(categories.map((name, code) => [name, code]));
  const column = new Float64Array(raw.length);
  raw.forEach((value, i) => {
    column[i] = value === undefined ? Number.NaN : (codes.get(value) ?? Number.NaN);
  });
  return { column, categories };
}

function addParameters(experiment: Experiment, rows: Observation[], table: FieldTable) {
  for (const parameter of experiment.parameters) {
    const key = `p.${parameter.name}`;
    const raw = rows.map((row) => row.assignments[parameter.name]);

    if (parameter.type === 'categorical') {
      const strings = raw.map((value) =>
        value === undefined ? undefined : String(value),
      );
      const { column, categories } = categoricalColumn(strings);
      table.fields.push({
        key,
        kind: 'parameter',
        label: parameter.name,
        scale: 'categorical',
        categories,
      });
      table.columns.set(key, column);
      continue;
    }

    const column = Float64Array.from(raw, (value) =>
      typeof value === 'number' ? value : Number.NaN,
    );
    table.fields.push({
      key,
      kind: 'parameter',
      label: parameter.name,
      scale: 'continuous',
      categories: [],
    });
    table.columns.set(key, column);
  }
}

function addMetrics(experiment: Experiment, rows: Observation[], table: FieldTable) {
  const single = experiment.metrics.length === 1;
  for (const metric of experiment.metrics) {
    const key = metricKey(metric);
    const column = Float64Array.from(rows, (row) => metricValue(row, metric, single));
    table.fields.push({
      key,
      kind: 'metric',
      label: metricLabel(metric),
      scale: 'continuous',
      categories: [],
      metric,
    });
    table.columns.set(key, column);
  }
}

/** A metadata key is continuous only when every value it has is a number. */
function addMetadata(rows: Observation[], table: FieldTable) {
  const numericOnly = new Map<string, boolean>();
  for (const row of rows) {
    if (!row.metadata) continue;
    for (const [key, value] of Object.entries(row.metadata)) {
      const wasNumeric = numericOnly.get(key) ?? true;
      numericOnly.set(key, wasNumeric && typeof value === 'number');
    }
  }

  for (const name of sortCategories(numericOnly.keys())) {
    const key = `d.${name}`;
    const label = name;
    if (numericOnly.get(name)) {
      const column = Float64Array.from(rows, (row) => {
        const value = row.metadata?.[name];
        return typeof value === 'number' ? value : Number.NaN;
      });
      table.fields.push({
        key,
        kind: 'metadata',
        label,
        scale: 'continuous',
        categories: [],
      });
      table.columns.set(key, column);
      continue;
    }

    const strings = rows.map((row) => {
      const value = row.metadata?.[name];
      return value === undefined || value === null ? undefined : String(value);
    });
    const { column, categories } = categoricalColumn(strings);
    table.fields.push({ key, kind: 'metadata', label, scale: 'categorical', categories });
    table.columns.set(key, column);
  }
}

/** Builds every field's column for one version of the observations (ascending by id). */
export function buildFieldTable(
  experiment: Experiment,
  rows: Observation[],
  version: number,
): FieldTable {
  const failed = Uint8Array.from(rows, (row) => (row.failed ? 1 : 0));
  const table: FieldTable = {
    version,
    rows,
    fields: [],
    byKey: new Map(),
    columns: new Map(),
    failed,
  };

  table.fields.push(
    {
      key: INDEX_KEY,
      kind: 'index',
      label: 'observation index',
      scale: 'continuous',
      categories: [],
    },
    {
      key: CREATED_KEY,
      kind: 'created',
      label: 'created',
      scale: 'time',
      categories: [],
    },
    {
      key: FAILED_KEY,
      kind: 'failed',
      label: 'failed',
      scale: 'categorical',
      categories: ['no', 'yes'],
    },
  );
  table.columns.set(
    INDEX_KEY,
    Float64Array.from(rows, (_, i) => i + 1),
  );
  // Plotly's date axes count milliseconds; the API sends seconds.
  table.columns.set(
    CREATED_KEY,
    Float64Array.from(rows, (row) => row.created * 1000),
  );
  table.columns.set(FAILED_KEY, Float64Array.from(failed));

  addParameters(experiment, rows, table);
  addMetrics(experiment, rows, table);
  addMetadata(rows, table);

  for (const field of table.fields) table.byKey.set(field.key, field);
  return table;
}

/** The value of a field for one row, as a person reads it ('' when missing). */
export function displayValue(table: FieldTable, field: Field, row: number): string {
  const value = table.columns.get(field.key)?.[row] ?? Number.NaN;
  if (Number.isNaN(value)) return '';
  if (field.scale === 'categorical') return field.categories[value] ?? '';
  if (field.scale === 'time') return new Date(value).toLocaleString();
  return formatNumber(value);
}
