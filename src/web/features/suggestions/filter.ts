import type { Suggestion } from '../../../shared/api-types';
import { sortByCell, type SortDirection } from '../../lib/compare';
import { suggestionFieldValue, type SuggestionField } from './suggestion-fields';

/** Suggestions whose metadata `key` reads `value` (as text); all when either is empty. */
export function filterSuggestions(
  suggestions: readonly Suggestion[],
  key: string,
  value: string,
): Suggestion[] {
  if (key === '' || value === '') return [...suggestions];
  return suggestions.filter((suggestion) => {
    const raw = suggestion.metadata?.[key];
    return raw !== undefined && String(raw) === value;
  });
}

export function sortSuggestions(
  suggestions: readonly Suggestion[],
  field: SuggestionField,
  direction: SortDirection,
): Suggestion[] {
  return sortByCell(
    suggestions,
    (suggestion) => suggestionFieldValue(suggestion, field),
    direction,
    (suggestion) => Number(suggestion.id),
  );
}

/** Distinct values of one metadata key, in natural order. */
export function suggestionMetadataValues(
  suggestions: readonly Suggestion[],
  key: string,
): string[] {
  const values = new Set<string>();
  for (const suggestion of suggestions) {
    const raw = suggestion.metadata?.[key];
    if (raw !== undefined) values.add(String(raw));
  }
  return [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
