// The newest few observations of an experiment: one small request, repeated only when the
// experiment's `updated` time moves (which every observation write bumps).
import { useQuery } from '@tanstack/react-query';
import type { Observation, Pagination } from '../../shared/api-types';
import { experimentKeys } from './keys';
import { useApi } from './provider';

/**
 * `limit` newest observations, newest first; `experimentUpdated` from the polled experiment.
 * `enabled: false` skips the request (e.g. once every observation is loaded anyway).
 */
export function useRecentObservations(
  experimentId: string,
  limit: number,
  experimentUpdated: number,
  enabled = true,
) {
  const client = useApi();
  return useQuery({
    queryKey: experimentKeys.recentObservations(experimentId, limit, experimentUpdated),
    queryFn: ({ signal }) =>
      client.get<Pagination<Observation>>(
        `/v1/experiments/${experimentId}/observations`,
        { limit },
        signal,
      ),
    // The key already changes with the data; keep showing the old rows meanwhile.
    staleTime: Infinity,
    enabled,
    placeholderData: (previous) => previous,
  });
}
