import type { Experiment, Metric } from '../../../shared/api-types';

export interface BestValue {
  value: number;
  metric: Metric;
  observationId: string;
}

/**
 * The best observed value of an experiment's one optimized metric, from its progress.
 * Null when nothing succeeded yet or the experiment optimizes several metrics (then the
 * API sends no single best observation).
 */
export function bestValue(experiment: Experiment): BestValue | null {
  const best = experiment.progress?.best_observation;
  const optimized = experiment.metrics.filter((metric) => metric.strategy === 'optimize');
  const metric = optimized[0];
  if (!best || !metric || optimized.length !== 1) return null;

  const evaluation =
    best.values.find((item) => item.name === metric.name) ??
    (best.values.length === 1 ? best.values[0] : undefined);
  if (!evaluation) return null;
  return { value: evaluation.value, metric, observationId: best.id };
}

/** Observations made against the budget, as a fraction 0..1; null without a budget. */
export function budgetFraction(experiment: Experiment): number | null {
  const budget = experiment.observation_budget;
  if (!budget || budget <= 0) return null;
  const consumed = experiment.progress?.observation_budget_consumed ?? 0;
  return Math.min(1, consumed / budget);
}
