// Which observations the History table shows, and in what order. Pure functions over the
// whole set; the tab memoises them on the data version and the view.
import type { Observation } from '../../../shared/api-types';
import { sortByCell, type SortDirection } from '../../lib/compare';
import { fieldValue, type ObservationField } from './fields';

export type StatusFilter = 'all' | 'failed' | 'succeeded';

export interface ObservationFilter {
  status: StatusFilter;
  /** Metadata key and value (compared as text); no filter when either is empty. */
  metadataKey: string;
  metadataValue: string;
  /** Free text, matched case-insensitively anywhere in ids, assignments and metadata. */
  text: string;
}

// Built once per observation object and kept as long as the object lives, so typing in
// the search box does not rebuild 100,000 strings per keystroke.
const searchTextCache = new WeakMap<Observation, string>();

function searchText(observation: Observation): string {
  let text = searchTextCache.get(observation);
  if (text !== undefined) return text;

  const parts = [
    observation.id,
    observation.suggestion ?? '',
    observation.failed ? 'failed' : '',
  ];
  for (const [name, value] of Object.entries(observation.assignments))
    parts.push(name, String(value));
  if (observation.metadata) {
    for (const [key, value] of Object.entries(observation.metadata))
      parts.push(key, String(value));
  }
  text = parts.join('\u0000').toLowerCase();
  searchTextCache.set(observation, text);
  return text;
}

/** The text a metadata value is filtered and grouped by. */
export function metadataText(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

export function filterObservations(
  rows: readonly Observation[],
  filter: ObservationFilter,
): Observation[] {
  const needle = filter.text.trim().toLowerCase();
  const byMetadata = filter.metadataKey !== '' && filter.metadataValue !== '';

  return rows.filter((row) => {
    if (filter.status === 'failed' && !row.failed) return false;
    if (filter.status === 'succeeded' && row.failed) return false;
    if (byMetadata) {
      const value = metadataText(row.metadata?.[filter.metadataKey]);
      if (value !== filter.metadataValue) return false;
    }
    return needle === '' || searchText(row).includes(needle);
  });
}

function ascendingById(rows: readonly Observation[]): boolean {
  for (let index = 1; index < rows.length; index += 1) {
    if (Number(rows[index - 1]?.id) >= Number(rows[index]?.id)) return false;
  }
  return true;
}

export function sortObservations(
  rows: readonly Observation[],
  field: ObservationField,
  direction: SortDirection,
): Observation[] {
  // Rows usually arrive in ascending id order already: the default order needs no sort.
  if (field.kind === 'id' && ascendingById(rows)) {
    return direction === 'asc' ? [...rows] : [...rows].reverse();
  }
  return sortByCell(
    rows,
    (row) => fieldValue(row, field),
    direction,
    (row) => Number(row.id),
  );
}

/** Distinct values of one metadata key, in natural order, for the key = value picker. */
export function metadataValuesOf(rows: readonly Observation[], key: string): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = metadataText(row.metadata?.[key]);
    if (value !== null) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
