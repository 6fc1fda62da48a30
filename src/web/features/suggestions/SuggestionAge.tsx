import type { Suggestion } from '../../../shared/api-types';
import { formatDuration } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { isStale } from './staleness';

/** "running for 2 h 14 min", ticking every second, with a stale flag when it applies. */
export function SuggestionAge({
  suggestion,
  staleAfter,
}: {
  suggestion: Suggestion;
  staleAfter: number | null;
}) {
  const now = useNow(1000);
  if (suggestion.state !== 'open') return <span className="muted">closed</span>;

  const nowSeconds = now / 1000;
  const stale = isStale(suggestion, nowSeconds, staleAfter);
  return (
    <span className={stale ? 'suggestion-age suggestion-age-stale' : 'suggestion-age'}>
      running for {formatDuration(nowSeconds - suggestion.created)}
      {stale ? <span className="stale-badge">stale</span> : null}
    </span>
  );
}
