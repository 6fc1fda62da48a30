import type { Suggestion } from '../../../shared/api-types';
import { TruncatedText } from '../../components/TruncatedText';
import { formatDuration } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { openSuggestionsByKey } from './by-key';
import { STALE_FACTOR, STALE_FLOOR_SECONDS } from './staleness';
import type { Staleness } from './use-staleness';

interface Props {
  openSuggestions: readonly Suggestion[];
  metadataKeys: readonly string[];
  summaryKey: string;
  onKeyChange: (key: string) => void;
  onPick: (key: string, value: string) => void;
  activeValue: string | null;
  staleness: Staleness;
}

/** Per value of one metadata key: how many suggestions it holds open, and since when. */
export function SuggestionsByKey(props: Props) {
  const { openSuggestions, summaryKey, staleness, onPick } = props;
  const now = useNow(1000);
  const nowSeconds = now / 1000;

  // Open suggestions are few next to observations; regrouping them each tick is cheap.
  const summary = openSuggestionsByKey(
    openSuggestions,
    summaryKey,
    nowSeconds,
    staleness.staleAfter,
  );

  return (
    <section className="suggestions-by-key" aria-label="Open suggestions by key">
      <h3>
        Open suggestions by{' '}
        {props.metadataKeys.length > 0 ? (
          <select
            aria-label="Summary key"
            value={summaryKey}
            onChange={(event) => props.onKeyChange(event.target.value)}
          >
            {props.metadataKeys.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        ) : (
          'metadata key'
        )}
      </h3>
      <StaleExplanation staleness={staleness} />

      {props.metadataKeys.length === 0 ? (
        <p className="muted">
          No open suggestion has metadata. Create suggestions with metadata such as{' '}
          <code>{'{"instance_id": "worker-1"}'}</code> to see which worker holds which.
        </p>
      ) : (
        <table className="by-key-table" data-testid="suggestions-by-key">
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Open</th>
              <th scope="col">Oldest</th>
              <th scope="col">Stale</th>
            </tr>
          </thead>
          <tbody>
            {summary.groups.map((group) => (
              <tr
                key={group.value}
                data-value={group.value}
                className={
                  group.value === props.activeValue ? 'by-key-row-active' : undefined
                }
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    title={`Show suggestions with ${summaryKey} = ${group.value}`}
                    onClick={() => onPick(summaryKey, group.value)}
                  >
                    <TruncatedText text={group.value} max={24} />
                  </button>
                </td>
                <td className="numeric">{group.open}</td>
                <td>{formatDuration(nowSeconds - group.oldestCreated)}</td>
                <td className={group.stale > 0 ? 'numeric stale-count' : 'numeric'}>
                  {group.stale}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.withoutKey > 0 && props.metadataKeys.length > 0 ? (
        <p className="muted">
          {summary.withoutKey} open suggestion{summary.withoutKey === 1 ? '' : 's'}{' '}
          without {summaryKey}.
        </p>
      ) : null}
    </section>
  );
}

function StaleExplanation({ staleness }: { staleness: Staleness }) {
  if (staleness.usualSeconds === null || staleness.staleAfter === null) {
    return (
      <p className="muted stale-explanation">
        Stale suggestions are not flagged yet: no closed suggestion has an observation to
        learn this experiment's usual evaluation time from.
      </p>
    );
  }
  const floored = staleness.staleAfter > staleness.usualSeconds * STALE_FACTOR;
  return (
    <p className="muted stale-explanation">
      <strong>Stale</strong> = open for more than {formatDuration(staleness.staleAfter)}:{' '}
      {STALE_FACTOR}× this experiment's median evaluation time (
      {formatDuration(staleness.usualSeconds)} from suggestion to observation)
      {floored ? `, but at least ${formatDuration(STALE_FLOOR_SECONDS)}` : ''}.
    </p>
  );
}
