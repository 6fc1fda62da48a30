import { useMemo } from 'react';
import type { Observation } from '../../../shared/api-types';
import { RelativeTime } from '../../components/RelativeTime';
import { TruncatedText } from '../../components/TruncatedText';
import { failuresByKey } from './failures';

interface Props {
  rows: readonly Observation[];
  /** Bumped by useObservations on every change; the breakdown is recomputed only then. */
  version: number;
  metadataKeys: readonly string[];
  breakdownKey: string;
  onKeyChange: (key: string) => void;
  /** Filters the table to key = value; `failedOnly` also narrows it to failures. */
  onPick: (key: string, value: string, failedOnly: boolean) => void;
  /** The value the table is filtered to, highlighted. */
  activeValue: string | null;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(rate > 0 && rate < 0.1 ? 1 : 0)}%`;
}

/** Per value of one metadata key: observations, failures, failure rate, last failure. */
export function FailuresBreakdown(props: Props) {
  const { rows, version, breakdownKey, onPick, activeValue } = props;

  // rows changes identity together with version; version is the cheap memo key.
  const breakdown = useMemo(
    () => failuresByKey(rows, breakdownKey),
    [version, breakdownKey],
  );

  if (props.metadataKeys.length === 0) {
    return (
      <section className="failures-breakdown" aria-label="Failures by key">
        <h3>Failures by key</h3>
        <p className="muted">
          No observation has metadata yet. Report an <code>instance_id</code> (or any key)
          in each observation's metadata to see which worker fails.
        </p>
      </section>
    );
  }

  return (
    <section className="failures-breakdown" aria-label="Failures by key">
      <h3>
        Failures by{' '}
        <select
          aria-label="Breakdown key"
          value={breakdownKey}
          onChange={(event) => props.onKeyChange(event.target.value)}
        >
          {props.metadataKeys.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </h3>
      <div className="failures-breakdown-scroll">
        <table className="failures-table" data-testid="failures-breakdown">
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Observations</th>
              <th scope="col">Failures</th>
              <th scope="col">Rate</th>
              <th scope="col">Last failure</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.groups.map((group) => (
              <tr
                key={group.value}
                data-value={group.value}
                className={
                  group.value === activeValue ? 'failures-row-active' : undefined
                }
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    title={`Show observations with ${breakdownKey} = ${group.value}`}
                    onClick={() => onPick(breakdownKey, group.value, false)}
                  >
                    <TruncatedText text={group.value} max={24} />
                  </button>
                </td>
                <td className="numeric">{group.observations}</td>
                <td className="numeric">
                  {group.failures > 0 ? (
                    <button
                      type="button"
                      className="link-button failures-count"
                      title={`Show the failed observations with ${breakdownKey} = ${group.value}`}
                      onClick={() => onPick(breakdownKey, group.value, true)}
                    >
                      {group.failures}
                    </button>
                  ) : (
                    0
                  )}
                </td>
                <td
                  className={`numeric${group.failures > 0 ? ' failures-rate-bad' : ''}`}
                >
                  {percent(group.failureRate)}
                </td>
                <td>
                  {group.lastFailure === null ? (
                    <span className="muted">never</span>
                  ) : (
                    <RelativeTime unixSeconds={group.lastFailure} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {breakdown.withoutKey > 0 ? (
        <p className="muted">
          {breakdown.withoutKey} observation{breakdown.withoutKey === 1 ? '' : 's'}{' '}
          without {breakdownKey}.
        </p>
      ) : null}
    </section>
  );
}
