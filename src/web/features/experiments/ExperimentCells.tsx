// Cells of the experiments table that need a little reasoning to read well.
import type { Experiment } from '../../../shared/api-types';
import type { ExperimentStats } from '../../api/experiment-stats';
import { formatNumber } from '../../lib/format';
import { bestValue, budgetFraction } from './best-value';

export function ProgressCell({ experiment }: { experiment: Experiment }) {
  const count = experiment.progress?.observation_count ?? 0;
  const budget = experiment.observation_budget;
  const fraction = budgetFraction(experiment);
  const label = budget ? `${count} / ${budget}` : `${count}`;
  const title = budget
    ? `${count} observations of a budget of ${budget}`
    : `${count} observations; no observation budget set`;
  return (
    <span className="experiments-progress" title={title}>
      <span>{label}</span>
      {fraction !== null ? (
        <span className="progress-bar progress-bar-small" aria-hidden="true">
          <span className="progress-bar-fill" style={{ width: `${fraction * 100}%` }} />
        </span>
      ) : null}
    </span>
  );
}

interface FailedCellProps {
  experimentId: string;
  stats: Map<string, ExperimentStats> | undefined;
  error: Error | null;
}

/** Failed observations, from Sightline's stats endpoint (the v1 objects do not carry it). */
export function FailedCell({ experimentId, stats, error }: FailedCellProps) {
  if (error) {
    return (
      <span className="muted" title={`Failed counts unavailable: ${error.message}`}>
        ?
      </span>
    );
  }
  if (!stats) return <span className="muted">…</span>;

  const failed = stats.get(experimentId)?.failed_count;
  if (failed === undefined) return <span className="muted">–</span>;
  return <span className={failed > 0 ? 'experiments-failed' : undefined}>{failed}</span>;
}

export function BestValueCell({ experiment }: { experiment: Experiment }) {
  const best = bestValue(experiment);
  if (!best) {
    const optimized = experiment.metrics.filter(
      (metric) => metric.strategy === 'optimize',
    );
    const why =
      optimized.length > 1
        ? 'Several optimized metrics: see the Summary for the best assignments'
        : 'No successful observation yet';
    return (
      <span className="muted" title={why}>
        –
      </span>
    );
  }
  const metricName = best.metric.name ?? 'value';
  return (
    <span
      title={`${metricName} (${best.metric.objective}), observation ${best.observationId}`}
    >
      {formatNumber(best.value)}
    </span>
  );
}
