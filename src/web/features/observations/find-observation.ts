import type { Observation } from '../../../shared/api-types';

/**
 * The observation with this id in rows sorted by ascending numeric id (as useObservations
 * keeps them), by binary search; falls back to a scan if the order does not hold.
 */
export function findObservation(
  rows: readonly Observation[],
  id: string,
): Observation | null {
  const target = Number(id);
  let low = 0;
  let high = rows.length - 1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    const row = rows[middle];
    if (!row) break;
    const value = Number(row.id);
    if (value === target) return row;
    if (value < target) low = middle + 1;
    else high = middle - 1;
  }

  return rows.find((row) => row.id === id) ?? null;
}
