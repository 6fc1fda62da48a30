// Suggestions of one experiment: open ones by default, or every one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pagination, Suggestion } from '../../shared/api-types';
import { usePollInterval } from '../stores/settings';
import { experimentKeys } from './keys';
import { fetchAllPages } from './paging';
import { useApi } from './provider';

export type SuggestionStateFilter = 'open' | 'closed' | 'all';

export function useSuggestions(experimentId: string, state: SuggestionStateFilter) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.suggestions(experimentId, state),
    queryFn: async ({ signal }) => {
      const path = `/v1/experiments/${experimentId}/suggestions`;
      const query = state === 'open' ? { state: 'open' } : {};
      const { items } = await fetchAllPages<Suggestion>(client, path, query, signal);
      return state === 'closed' ? items.filter((item) => item.state === 'closed') : items;
    },
    refetchInterval,
  });
}

/**
 * The newest `limit` suggestions (open and closed), one request per poll: enough to learn
 * how long this experiment's evaluations usually take without paging through all of them.
 */
export function useRecentSuggestions(experimentId: string, limit = 1000) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.recentSuggestions(experimentId, limit),
    queryFn: async ({ signal }) => {
      const path = `/v1/experiments/${experimentId}/suggestions`;
      const page = await client.get<Pagination<Suggestion>>(path, { limit }, signal);
      return page.data;
    },
    refetchInterval,
  });
}

/** One suggestion by id (404 once deleted). */
export function useSuggestion(
  experimentId: string,
  suggestionId: string,
  enabled = true,
) {
  const client = useApi();
  return useQuery({
    queryKey: experimentKeys.suggestion(experimentId, suggestionId),
    queryFn: ({ signal }) =>
      client.get<Suggestion>(
        `/v1/experiments/${experimentId}/suggestions/${encodeURIComponent(suggestionId)}`,
        {},
        signal,
      ),
    enabled,
  });
}

export function useDeleteSuggestion(experimentId: string) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (suggestionId: string) =>
      client.delete(`/v1/experiments/${experimentId}/suggestions/${suggestionId}`),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: experimentKeys.suggestionLists(experimentId),
      }),
  });
}
