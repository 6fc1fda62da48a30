import { describe, expect, it } from 'vitest';
import type { Experiment, Metric, Observation } from '../../../shared/api-types';
import { bestValue, budgetFraction } from './best-value';

function metric(name: string, strategy: Metric['strategy'] = 'optimize'): Metric {
  return { object: 'metric', name, objective: 'maximize', strategy, threshold: null };
}

function observation(values: Array<[string, number]>): Observation {
  return {
    id: '7',
    values: values.map(([name, value]) => ({
      object: 'metric_evaluation',
      name,
      value,
      value_stddev: null,
    })),
  } as Observation;
}

function experiment(metrics: Metric[], best: Observation | null, budget: number | null) {
  return {
    metrics,
    observation_budget: budget,
    progress: {
      observation_count: 3,
      observation_budget_consumed: 3,
      best_observation: best,
    },
  } as unknown as Experiment;
}

describe('bestValue', () => {
  it('reads the optimized metric of the best observation, ignoring stored metrics', () => {
    const best = observation([
      ['accuracy', 0.91],
      ['time', 12],
    ]);
    const result = bestValue(
      experiment([metric('accuracy'), metric('time', 'store')], best, 10),
    );
    expect(result).toMatchObject({ value: 0.91, observationId: '7' });
    expect(result?.metric.name).toBe('accuracy');
  });

  it('is null with two optimized metrics or without a best observation', () => {
    const best = observation([
      ['a', 1],
      ['b', 2],
    ]);
    expect(bestValue(experiment([metric('a'), metric('b')], best, 10))).toBeNull();
    expect(bestValue(experiment([metric('a')], null, 10))).toBeNull();
  });
});

describe('budgetFraction', () => {
  it('is the consumed share of the budget, capped at 1, and null without a budget', () => {
    expect(budgetFraction(experiment([], null, 12))).toBe(0.25);
    expect(budgetFraction(experiment([], null, 2))).toBe(1);
    expect(budgetFraction(experiment([], null, null))).toBeNull();
  });
});
