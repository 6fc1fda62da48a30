// How long this experiment usually takes to evaluate a suggestion, and which open
// suggestions have been out far longer than that (a worker that died or hangs).
import type { Observation, Suggestion } from '../../../shared/api-types';
import { median } from '../../lib/compare';

/** An open suggestion is stale once its age passes this multiple of the usual time. */
export const STALE_FACTOR = 3;

/** A zero median (instant test loops) would flag everything; this is the least threshold. */
export const STALE_FLOOR_SECONDS = 60;

/**
 * The median time from a suggestion being served to an observation reporting on it, in
 * seconds, over the observations linked to the given suggestions; null when there are none.
 */
export function usualEvaluationSeconds(
  suggestions: readonly Suggestion[],
  observations: readonly Observation[],
): number | null {
  const servedAt = new Map<string, number>();
  for (const suggestion of suggestions) servedAt.set(suggestion.id, suggestion.created);

  const durations: number[] = [];
  for (const observation of observations) {
    if (observation.suggestion === null) continue;
    const served = servedAt.get(observation.suggestion);
    if (served === undefined) continue;

    const seconds = observation.created - served;
    if (seconds >= 0) durations.push(seconds);
  }
  return median(durations);
}

/** The age in seconds past which a suggestion counts as stale, or null when unknown. */
export function staleAfterSeconds(usualSeconds: number | null): number | null {
  if (usualSeconds === null) return null;

  return Math.max(usualSeconds * STALE_FACTOR, STALE_FLOOR_SECONDS);
}

export function isStale(
  suggestion: Suggestion,
  nowSeconds: number,
  staleAfter: number | null,
): boolean {
  return (
    staleAfter !== null &&
    suggestion.state === 'open' &&
    nowSeconds - suggestion.created > staleAfter
  );
}
