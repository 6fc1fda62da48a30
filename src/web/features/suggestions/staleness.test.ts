import { describe, expect, it } from 'vitest';
import { makeObservation } from '../history/test-data';
import { isStale, staleAfterSeconds, usualEvaluationSeconds } from './staleness';
import { makeSuggestion } from './test-data';

describe('usualEvaluationSeconds', () => {
  it('is the median of observation.created minus its suggestion.created', () => {
    const suggestions = [
      makeSuggestion(1, { state: 'closed', created: 1000 }),
      makeSuggestion(2, { state: 'closed', created: 1000 }),
      makeSuggestion(3, { state: 'closed', created: 1000 }),
    ];
    const observations = [
      makeObservation(1, { suggestion: '1', created: 1100 }),
      makeObservation(2, { suggestion: '2', created: 1300 }),
      makeObservation(3, { suggestion: '3', created: 1200 }),
      // Not linked to a known suggestion: ignored.
      makeObservation(4, { suggestion: null, created: 9000 }),
      makeObservation(5, { suggestion: '99', created: 9000 }),
    ];
    expect(usualEvaluationSeconds(suggestions, observations)).toBe(200);
  });

  it('is unknown without linked observations', () => {
    expect(usualEvaluationSeconds([makeSuggestion(1)], [makeObservation(1)])).toBeNull();
  });
});

describe('staleness', () => {
  it('flags open suggestions older than three times the usual time', () => {
    const staleAfter = staleAfterSeconds(200);
    expect(staleAfter).toBe(600);
    const now = 2000;
    expect(isStale(makeSuggestion(1, { created: now - 601 }), now, staleAfter)).toBe(
      true,
    );
    expect(isStale(makeSuggestion(2, { created: now - 599 }), now, staleAfter)).toBe(
      false,
    );
  });

  it('never flags closed suggestions or when the usual time is unknown', () => {
    const old = makeSuggestion(1, { created: 0 });
    expect(isStale({ ...old, state: 'closed' }, 1e6, 600)).toBe(false);
    expect(isStale(old, 1e6, staleAfterSeconds(null))).toBe(false);
  });

  it('does not call everything stale when evaluations are instant', () => {
    expect(staleAfterSeconds(0)).toBe(60);
  });
});
