// Small factories for unit tests of the Suggestions logic.
import type { Suggestion } from '../../../shared/api-types';

export function makeSuggestion(
  id: number,
  fields: Partial<Omit<Suggestion, 'id'>> = {},
): Suggestion {
  return {
    object: 'suggestion',
    id: String(id),
    experiment: '1',
    assignments: { x: 0.5 },
    state: 'open',
    created: 1_000,
    deleted: false,
    metadata: null,
    ...fields,
  };
}
