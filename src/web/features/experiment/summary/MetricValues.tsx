import type { MetricEvaluation } from '../../../../shared/api-types';
import { formatNumber } from '../../../lib/format';
import { TruncatedText } from '../../../components/TruncatedText';

/** "accuracy 0.91 ± 0.01, time 12" as text; the unnamed metric reads "value". */
export function MetricValues({ values }: { values: MetricEvaluation[] }) {
  return (
    <span className="metric-values">
      {values.map((evaluation, index) => (
        <span key={evaluation.name ?? `value-${index}`} className="metric-value">
          <TruncatedText className="muted" text={evaluation.name ?? 'value'} max={24} />{' '}
          <strong>{formatNumber(evaluation.value)}</strong>
          {evaluation.value_stddev !== null ? (
            <span className="muted"> ± {formatNumber(evaluation.value_stddev)}</span>
          ) : null}
        </span>
      ))}
    </span>
  );
}
