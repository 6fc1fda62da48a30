// Suggestions of one experiment: open ones by default, or every one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Suggestion } from '../../shared/api-types';
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

export function useDeleteSuggestion(experimentId: string) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (suggestionId: string) =>
      client.delete(`/v1/experiments/${experimentId}/suggestions/${suggestionId}`),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: experimentKeys.suggestionLists(experimentId) }),
  });
}
