// Small experiments and observations for the Analysis model tests.
import type { Experiment, Metadata, Observation } from '../../../../shared/api-types';

export function makeExperiment(overrides: Partial<Experiment> = {}): Experiment {
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
        name: 'lr',
        type: 'double',
        bounds: { object: 'bounds', min: 0.0001, max: 1 },
        categorical_values: null,
        conditions: {},
        default_value: null,
        prior: null,
        transformation: 'log',
      },
      {
        object: 'parameter',
        name: 'optimizer',
        type: 'categorical',
        bounds: null,
        categorical_values: [
          { object: 'categorical_value', name: 'sgd', enum_index: 1 },
          { object: 'categorical_value', name: 'adam', enum_index: 2 },
        ],
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
    ...overrides,
  };
}

export function makeObservation(
  id: number,
  fields: {
    lr?: number;
    optimizer?: string;
    accuracy?: number;
    failed?: boolean;
    metadata?: Metadata;
  },
): Observation {
  const assignments: Record<string, string | number> = {};
  if (fields.lr !== undefined) assignments.lr = fields.lr;
  if (fields.optimizer !== undefined) assignments.optimizer = fields.optimizer;
  return {
    object: 'observation',
    id: String(id),
    experiment: '1',
    suggestion: null,
    assignments,
    values:
      fields.accuracy === undefined
        ? []
        : [
            {
              object: 'metric_evaluation',
              name: 'accuracy',
              value: fields.accuracy,
              value_stddev: null,
            },
          ],
    failed: fields.failed ?? false,
    metadata: fields.metadata ?? null,
    created: 1_700_000_000 + id,
  };
}
