// The "by key" summary of open suggestions: per value of one metadata key (a worker's
// instance_id, say), how many suggestions it holds open and since when.
import type { Suggestion } from '../../../shared/api-types';
import { isStale } from './staleness';

export interface OpenGroup {
  value: string;
  open: number;
  /** `created` of the oldest open suggestion in the group. */
  oldestCreated: number;
  stale: number;
}

/** Open suggestions grouped by the key's value, oldest first; rows without the key are counted. */
export function openSuggestionsByKey(
  suggestions: readonly Suggestion[],
  key: string,
  nowSeconds: number,
  staleAfter: number | null,
): { groups: OpenGroup[]; withoutKey: number } {
  const groups = new Map<string, OpenGroup>();
  let withoutKey = 0;

  for (const suggestion of suggestions) {
    if (suggestion.state !== 'open') continue;
    const raw = suggestion.metadata?.[key];
    if (raw === undefined) {
      withoutKey += 1;
      continue;
    }

    const value = String(raw);
    let group = groups.get(value);
    if (!group) {
      group = { value, open: 0, oldestCreated: suggestion.created, stale: 0 };
      groups.set(value, group);
    }
    group.open += 1;
    group.oldestCreated = Math.min(group.oldestCreated, suggestion.created);
    if (isStale(suggestion, nowSeconds, staleAfter)) group.stale += 1;
  }

  const list = [...groups.values()].sort(
    (a, b) =>
      a.oldestCreated - b.oldestCreated ||
      a.value.localeCompare(b.value, undefined, { numeric: true }),
  );
  return { groups: list, withoutKey };
}
