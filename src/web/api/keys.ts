// Query keys go from general to specific, so invalidating a prefix refreshes a family:
// experimentKeys.detail(id) covers the experiment and everything under it.
import type { Query } from './client';

export const experimentKeys = {
  all: ['experiments'] as const,
  lists: () => [...experimentKeys.all, 'list'] as const,
  list: (query: Query) => [...experimentKeys.lists(), query] as const,
  /** Every page of a list at once, for orders the API cannot sort by (name, counts). */
  listAll: (query: Query) => [...experimentKeys.lists(), 'all', query] as const,
  /** Sightline's per-experiment counts (failed observations, open suggestions). */
  stats: (ids: readonly string[]) => [...experimentKeys.all, 'stats', ids] as const,
  detail: (id: string) => [...experimentKeys.all, 'detail', id] as const,
  observations: (id: string) => [...experimentKeys.detail(id), 'observations'] as const,
  /** The newest few observations, as of the experiment's `updated` time. */
  recentObservations: (id: string, limit: number, updated: number) =>
    [...experimentKeys.observations(id), 'recent', limit, updated] as const,
  suggestionLists: (id: string) => [...experimentKeys.detail(id), 'suggestions'] as const,
  suggestions: (id: string, state: string) =>
    [...experimentKeys.suggestionLists(id), state] as const,
  /** One page of the newest suggestions in any state, e.g. to learn evaluation times. */
  recentSuggestions: (id: string, limit: number) =>
    [...experimentKeys.suggestionLists(id), 'recent', limit] as const,
  suggestion: (id: string, suggestionId: string) =>
    [...experimentKeys.suggestionLists(id), 'one', suggestionId] as const,
  bestAssignments: (id: string) =>
    [...experimentKeys.detail(id), 'best_assignments'] as const,
  stoppingCriteria: (id: string) =>
    [...experimentKeys.detail(id), 'stopping_criteria'] as const,
};

export const sessionKeys = {
  current: (token: string) => ['session', token] as const,
};
