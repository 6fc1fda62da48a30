// Query hooks for experiments and the per-experiment summaries the API computes.
import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  BestAssignments,
  Experiment,
  Pagination,
  StoppingCriteria,
} from '../../shared/api-types';
import { usePollInterval } from '../stores/settings';
import type { ApiClient, Query } from './client';
import { experimentKeys } from './keys';
import { fetchAllPages } from './paging';
import { useApi } from './provider';

export function experimentListOptions(client: ApiClient, query: Query) {
  return queryOptions({
    queryKey: experimentKeys.list(query),
    queryFn: ({ signal }) =>
      client.get<Pagination<Experiment>>('/v1/experiments', query, signal),
  });
}

/** One page of experiments, polled; `enabled` false skips the request (default true). */
export function useExperimentList(query: Query, enabled = true) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    ...experimentListOptions(client, query),
    enabled,
    refetchInterval,
    placeholderData: (previous) => previous,
  });
}

/**
 * Every experiment matching `query` (all pages), for orders the API cannot sort by.
 * Only fetched while `enabled`; hundreds of experiments take one or two requests.
 */
export function useAllExperiments(query: Query, enabled: boolean) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.listAll(query),
    queryFn: ({ signal }) =>
      fetchAllPages<Experiment>(client, '/v1/experiments', query, signal),
    enabled,
    refetchInterval,
    placeholderData: (previous) => previous,
  });
}

export function experimentOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: experimentKeys.detail(id),
    queryFn: ({ signal }) => client.get<Experiment>(`/v1/experiments/${id}`, {}, signal),
  });
}

/** One experiment, polled so that its progress and `updated` stay current. */
export function useExperiment(id: string) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({ ...experimentOptions(client, id), refetchInterval });
}

export function useBestAssignments(id: string) {
  const client = useApi();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.bestAssignments(id),
    queryFn: ({ signal }) =>
      fetchAllPages<BestAssignments>(
        client,
        `/v1/experiments/${id}/best_assignments`,
        {},
        signal,
      ),
    refetchInterval,
  });
}

export function useStoppingCriteria(id: string) {
  const client = useApi();
  return useQuery({
    queryKey: experimentKeys.stoppingCriteria(id),
    queryFn: ({ signal }) =>
      client.get<StoppingCriteria>(`/v1/experiments/${id}/stopping_criteria`, {}, signal),
  });
}

/** A partial update (`PUT /v1/experiments/{id}`); refreshes the experiment's queries. */
export function useUpdateExperiment(id: string) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      client.put<Experiment>(`/v1/experiments/${id}`, body),
    onSuccess: (experiment) => {
      queryClient.setQueryData(experimentKeys.detail(id), experiment);
      void queryClient.invalidateQueries({ queryKey: experimentKeys.lists() });
    },
  });
}
