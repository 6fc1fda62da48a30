// "Failures by key": for each value of one metadata key (a worker's instance_id, say), how
// many observations it reported, how many failed, and when it last failed.
import type { Observation } from '../../../shared/api-types';
import { metadataText } from './filter';

export interface FailureGroup {
  value: string;
  observations: number;
  failures: number;
  /** failures / observations, between 0 and 1. */
  failureRate: number;
  /** `created` of the newest failed observation, or null when none failed. */
  lastFailure: number | null;
}

export interface FailureBreakdown {
  groups: FailureGroup[];
  /** Observations that do not carry the key at all. */
  withoutKey: number;
}

/** Groups sorted by failures, then failure rate (both descending), then value. */
export function failuresByKey(
  rows: readonly Observation[],
  key: string,
): FailureBreakdown {
  const groups = new Map<string, FailureGroup>();
  let withoutKey = 0;

  for (const row of rows) {
    const value = metadataText(row.metadata?.[key]);
    if (value === null) {
      withoutKey += 1;
      continue;
    }
    let group = groups.get(value);
    if (!group) {
      group = { value, observations: 0, failures: 0, failureRate: 0, lastFailure: null };
      groups.set(value, group);
    }
    group.observations += 1;
    if (row.failed) {
      group.failures += 1;
      if (group.lastFailure === null || row.created > group.lastFailure) {
        group.lastFailure = row.created;
      }
    }
  }

  const list = [...groups.values()];
  for (const group of list) group.failureRate = group.failures / group.observations;
  list.sort(
    (a, b) =>
      b.failures - a.failures ||
      b.failureRate - a.failureRate ||
      a.value.localeCompare(b.value, undefined, { numeric: true }),
  );
  return { groups: list, withoutKey };
}

/** The key the breakdown starts with: instance_id when rows have it, else the first key. */
export function defaultBreakdownKey(metadataKeys: readonly string[]): string {
  return metadataKeys.includes('instance_id') ? 'instance_id' : (metadataKeys[0] ?? '');
}
