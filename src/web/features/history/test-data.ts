// Small factories for unit tests of the History logic.
import type { Experiment, Observation } from '../../../shared/api-types';

export function makeObservation(
  id: number,
  fields: Partial<Omit<Observation, 'id'>> = {},
): Observation {
  return {
    object: 'observation',
    id: String(id),
    experiment: '1',
    suggestion: null,
    assignments: { x: id },
    values: fields.failed
      ? []
      : [
          {
            object: 'metric_evaluation',
            name: 'accuracy',
            value: id / 10,
            value_stddev: null,
          },
        ],
    failed: false,
    metadata: null,
    created: 1_700_000_000 + id,
    ...fields,
  };
}

export function makeExperiment(fields: Partial<Experiment> = {}): Experiment {
  return {
    object: 'experiment',
    id: '1',
    name: 'test',
    type: 'offline',
    client: '1',
    user: null,
    project: null,
    created: 1_700_000_000,
    updated: 1_700_000_000,
    state: 'active',
    development: false,
    runs_only: false,
    parameters: [
      {
        object: 'parameter',
        name: 'x',
        type: 'double',
        bounds: { object: 'bounds', min: 0, max: 1 },
        categorical_values: null,
        conditions: {},
        default_value: null,
        prior: null,
        transformation: null,
      },
    ],
    metrics: [
      {
        object: 'metric',
        name: 'accuracy',
        objective: 'maximize',
        strategy: 'optimize',
        threshold: null,
      },
    ],
    conditionals: [],
    linear_constraints: [],
    metadata: null,
    observation_budget: null,
    parallel_bandwidth: null,
    num_solutions: null,
    progress: null,
    ...fields,
  };
}
