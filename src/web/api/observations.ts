// All observations of an experiment, kept current by fetching only what is new.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Experiment, Observation } from '../../shared/api-types';
import { usePollInterval } from '../stores/settings';
import type { ApiClient } from './client';
import { experimentKeys } from './keys';
import { fetchAllPages, fetchIdSpanInParallel, fetchNewerThan } from './paging';
import { useApi } from './provider';

/** Observations in ascending id order, with the experiment's `updated` they reflect. */
export interface ObservationSet {
  rows: Observation[];
  /** Bumped on every change, so memoised derivations can key on it cheaply. */
  version: number;
  experimentUpdated: number;
}

/** Lists longer than this are read as several id ranges at once. */
const PARALLEL_FROM = 4000;
const PARALLEL_PARTS = 4;

async function loadAll(
  client: ApiClient,
  experiment: Experiment,
  version: number,
  signal: AbortSignal,
): Promise<ObservationSet> {
  const path = `/v1/experiments/${experiment.id}/observations`;
  const experimentUpdated = experiment.updated;
  const progress = experiment.progress;
  const first = progress?.first_observation;
  const last = progress?.last_observation;

  if (first && last && (progress?.observation_count ?? 0) >= PARALLEL_FROM) {
    const rows = await fetchIdSpanInParallel<Observation>(
      client,
      path,
      Number(first.id),
      Number(last.id),
      PARALLEL_PARTS,
      signal,
    );
    // first/last are by id on this server; if a row fell outside them, read it all.
    if (rows.length >= (progress?.observation_count ?? 0)) {
      return { rows, version: version + 1, experimentUpdated };
    }
  }

  const { items } = await fetchAllPages<Observation>(client, path, {}, signal);
  return { rows: items.reverse(), version: version + 1, experimentUpdated };
}

/**
 * Refreshes a loaded set: nothing is fetched but the experiment while its `updated` time
 * stands still; when it moves, only rows newer than the newest one held are fetched, and
 * the whole list is read again only when the counts disagree (deletions) or no new rows
 * explain the change (an edit).
 */
async function refresh(
  client: ApiClient,
  experimentId: string,
  previous: ObservationSet,
  signal: AbortSignal,
): Promise<ObservationSet> {
  const experiment = await client.get<Experiment>(`/v1/experiments/${experimentId}`, {}, signal);
  // `updated` has one-second resolution: a row added in the same second as the last
  // refresh leaves it unchanged, but the observation count still tells.
  const knownCount = experiment.progress?.observation_count ?? previous.rows.length;
  const unchanged =
    experiment.updated === previous.experimentUpdated &&
    knownCount === previous.rows.length;
  if (unchanged) return previous;

  const newest = previous.rows[previous.rows.length - 1];
  if (!newest) return loadAll(client, experiment, previous.version, signal);

  const path = `/v1/experiments/${experimentId}/observations`;
  const { items, count } = await fetchNewerThan<Observation>(client, path, newest.id, signal);
  const complete = items.length > 0 && count === previous.rows.length + items.length;
  if (!complete) return loadAll(client, experiment, previous.version, signal);

  items.sort((a, b) => Number(a.id) - Number(b.id));
  return {
    rows: previous.rows.concat(items),
    version: previous.version + 1,
    experimentUpdated: experiment.updated,
  };
}

export function observationsQueryFn(
  client: ApiClient,
  queryClient: QueryClient,
  experimentId: string,
) {
  return async ({ signal }: { signal: AbortSignal }): Promise<ObservationSet> => {
    const key = experimentKeys.observations(experimentId);
    const previous = queryClient.getQueryData<ObservationSet>(key);
    if (previous) return refresh(client, experimentId, previous, signal);

    const experiment = await client.get<Experiment>(
      `/v1/experiments/${experimentId}`,
      {},
      signal,
    );
    return loadAll(client, experiment, 0, signal);
  };
}

/**
 * Every non-deleted observation of the experiment, live. Rows are only appended or
 * replaced wholesale, so the array identity changes exactly when the data does.
 */
export function useObservations(experimentId: string) {
  const client = useApi();
  const queryClient = useQueryClient();
  const refetchInterval = usePollInterval();
  return useQuery({
    queryKey: experimentKeys.observations(experimentId),
    queryFn: observationsQueryFn(client, queryClient, experimentId),
    refetchInterval,
    // 100,000 rows are compared by identity, not deeply.
    structuralSharing: false,
    staleTime: 2000,
  });
}
