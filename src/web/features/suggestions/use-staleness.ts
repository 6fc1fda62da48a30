import { useMemo } from 'react';
import { useObservations } from '../../api/observations';
import { useRecentSuggestions } from '../../api/suggestions';
import { staleAfterSeconds, usualEvaluationSeconds } from './staleness';

export interface Staleness {
  /** Median seconds from suggestion to observation, or null while unknown. */
  usualSeconds: number | null;
  /** Age past which an open suggestion is flagged, or null (then nothing is flagged). */
  staleAfter: number | null;
}

/**
 * This experiment's usual evaluation time, learned from the newest suggestions and the
 * observations that reported on them.
 */
export function useStaleness(experimentId: string): Staleness {
  const recent = useRecentSuggestions(experimentId);
  const observations = useObservations(experimentId);
  const version = observations.data?.version;

  return useMemo(() => {
    const rows = observations.data?.rows;
    if (!recent.data || !rows) return { usualSeconds: null, staleAfter: null };
    const closed = recent.data.filter((suggestion) => suggestion.state === 'closed');
    const usualSeconds = usualEvaluationSeconds(closed, rows);
    return { usualSeconds, staleAfter: staleAfterSeconds(usualSeconds) };
    // The observation rows change identity exactly when their version does.
  }, [recent.data, version]);
}
