// Sightline's own per-experiment counts the v1 objects do not carry: failed observations
// and open suggestions. Served by `GET /sightline/experiment-stats?ids=1,2,3`.
import { useQuery } from '@tanstack/react-query';
import { usePollInterval } from '../stores/settings';
import type { ApiClient } from './client';
import { experimentKeys } from './keys';
import { useApi } from './provider';

export interface ExperimentStats {
  experiment: string;
  observation_count: number;
  failed_count: number;
  open_suggestion_count: number;
}

interface ExperimentStatsList {
  object: 'list';
  data: ExperimentStats[];
}

export async function fetchExperimentStats(
  client: ApiClient,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, ExperimentStats>> {
  const byId = new Map<string, ExperimentStats>();
  if (ids.length === 0) return byId;

  const list = await client.get<ExperimentStatsList>(
    '/sightline/experiment-stats',
    { ids: ids.join(',') },
    signal,
  );
  for (const stats of list.data) byId.set(stats.experiment, stats);
  return byId;
}

/** Counts for the given experiments, keyed by experiment id; polled like other live data. */
export function useExperimentStats(ids: readonly string[]) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.stats(ids),
    queryFn: ({ signal }) => fetchExperimentStats(client, ids, signal),
    enabled: ids.length > 0,
    refetchInterval,
    placeholderData: (previous) => previous,
  });
}
