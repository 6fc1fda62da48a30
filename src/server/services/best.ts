// Best assignments and stopping criteria, over non-deleted observations.
import type {
  BestAssignments,
  MetricEvaluation,
  StoppingCriteria,
} from '../../shared/api-types';
import type { Db } from '../data/database';
import {
  bestByObjective,
  successfulObservations,
  type ObservationRow,
} from '../data/observations';
import { optimizedMetrics, type MetricDef } from './definition';
import type { LoadedExperiment } from './experiments';

interface Candidate {
  row: ObservationRow;
  values: Map<string | null, number>;
}

function toBestAssignments(row: ObservationRow): BestAssignments {
  return {
    assignments: JSON.parse(row.assignments),
    id: String(row.id),
    metadata: row.metadata ? JSON.parse(row.metadata) : null,
    object: 'best_assignments',
    values: JSON.parse(row.metric_values) as MetricEvaluation[],
  };
}

/** +1 when larger is better for the metric, -1 when smaller is. */
const sign = (metric: MetricDef) => (metric.objective === 'maximize' ? 1 : -1);

function meetsThreshold(metric: MetricDef, value: number | undefined): boolean {
  if (metric.threshold === null) return true;
  if (value === undefined) return false;
  return sign(metric) * (value - metric.threshold) >= 0;
}

/** The non-dominated candidates for two metrics, by one sort and a sweep. */
function paretoFrontier(candidates: Candidate[], metrics: MetricDef[]): Candidate[] {
  const [first, second] = metrics as [MetricDef, MetricDef];
  const score = (candidate: Candidate, metric: MetricDef) =>
    sign(metric) * (candidate.values.get(metric.name) ?? -Infinity);
  const sorted = [...candidates].sort(
    (a, b) => score(b, first) - score(a, first) || score(b, second) - score(a, second),
  );
  const frontier: Candidate[] = [];
  let bestSecond = -Infinity;
  for (const candidate of sorted) {
    if (score(candidate, second) > bestSecond) {
      frontier.push(candidate);
      bestSecond = score(candidate, second);
    }
  }
  return frontier;
}

/**
 * One optimized metric: the best observation (or the best `num_solutions`). Two: the
 * Pareto frontier, sorted by the first. Constraint-only: every observation that meets
 * all thresholds.
 */
export function bestAssignments(db: Db, experiment: LoadedExperiment): BestAssignments[] {
  const { row, definition } = experiment;
  const optimized = optimizedMetrics(definition);
  const constrained = definition.metrics.some((metric) => metric.threshold !== null);
  const solutions = row.num_solutions ?? 1;

  if (optimized.length === 1 && !constrained && solutions === 1) {
    const metric = optimized[0] as MetricDef;
    const best = bestByObjective(db, row.id, metric.objective === 'maximize');
    return best ? [toBestAssignments(best)] : [];
  }

  const candidates: Candidate[] = successfulObservations(db, row.id)
    .map((observation) => {
      const evaluations = JSON.parse(observation.metric_values) as MetricEvaluation[];
      return {
        row: observation,
        values: new Map(
          evaluations.map((evaluation) => [evaluation.name, evaluation.value]),
        ),
      };
    })
    .filter((candidate) =>
      definition.metrics.every((metric) =>
        metric.strategy === 'store'
          ? true
          : meetsThreshold(metric, candidate.values.get(metric.name)),
      ),
    );

  const first = optimized[0];
  const byFirst = (a: Candidate, b: Candidate) =>
    first
      ? sign(first) *
          ((b.values.get(first.name) ?? 0) - (a.values.get(first.name) ?? 0)) ||
        a.row.id - b.row.id
      : a.row.id - b.row.id;

  let chosen: Candidate[];
  if (optimized.length === 2) {
    chosen = paretoFrontier(candidates, optimized);
  } else if (optimized.length === 1) {
    chosen = [...candidates].sort(byFirst).slice(0, solutions);
  } else {
    chosen = candidates;
  }
  return chosen.sort(byFirst).map((candidate) => toBestAssignments(candidate.row));
}

export function stoppingCriteria(experiment: LoadedExperiment): StoppingCriteria {
  const budget = experiment.row.observation_budget;
  const total = experiment.row.observation_count;
  const reached = budget !== null && total >= budget;
  return {
    object: 'stopping_criteria',
    reasons: reached ? ['observation_budget_reached'] : [],
    should_stop: reached,
  };
}
