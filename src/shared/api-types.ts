// The JSON objects of the SigOpt-v1-compatible API, as the server sends them and the
// dashboard reads them. Ids are strings of integers; times are integer Unix seconds.

/** User-supplied key/value data on experiments, suggestions and observations. */
export type Metadata = Record<string, string | number>;

/** Parameter name → value: numbers for double/int, the value name for categoricals. */
export type Assignments = Record<string, string | number>;

export type ParameterType = 'double' | 'int' | 'categorical';

export interface Bounds {
  object: 'bounds';
  min: number;
  max: number;
}

export interface CategoricalValue {
  object: 'categorical_value';
  name: string;
  enum_index: number;
}

export type Prior =
  | { object: 'normal_prior'; name: 'normal'; mean: number; scale: number }
  | { object: 'beta_prior'; name: 'beta'; shape_a: number; shape_b: number };

export interface Parameter {
  object: 'parameter';
  name: string;
  type: ParameterType;
  bounds: Bounds | null;
  categorical_values: CategoricalValue[] | null;
  conditions: Record<string, string[]>;
  default_value: number | string | null;
  /** Present only when the parameter was defined on a grid. */
  grid?: Array<number | string>;
  prior: Prior | null;
  transformation: 'log' | null;
}

export type MetricObjective = 'maximize' | 'minimize';
export type MetricStrategy = 'optimize' | 'store' | 'constraint';

export interface Metric {
  object: 'metric';
  name: string | null;
  objective: MetricObjective;
  strategy: MetricStrategy;
  threshold: number | null;
}

export interface MetricEvaluation {
  object: 'metric_evaluation';
  name: string | null;
  value: number;
  value_stddev: number | null;
}

export interface Observation {
  object: 'observation';
  id: string;
  experiment: string;
  suggestion: string | null;
  assignments: Assignments;
  values: MetricEvaluation[];
  failed: boolean;
  metadata: Metadata | null;
  created: number;
}

export interface Progress {
  object: 'progress';
  observation_count: number;
  observation_budget_consumed: number;
  first_observation: Observation | null;
  last_observation: Observation | null;
  /** Only for experiments with exactly one optimized metric. */
  best_observation: Observation | null;
}

export type ExperimentType = 'offline' | 'random' | 'grid';
export type ExperimentState = 'active' | 'deleted';

export interface Experiment {
  object: 'experiment';
  id: string;
  name: string;
  type: ExperimentType;
  client: string;
  user: string | null;
  project: string | null;
  created: number;
  updated: number;
  state: ExperimentState;
  development: boolean;
  runs_only: boolean;
  parameters: Parameter[];
  metrics: Metric[];
  conditionals: unknown[];
  linear_constraints: unknown[];
  metadata: Metadata | null;
  observation_budget: number | null;
  parallel_bandwidth: number | null;
  num_solutions: number | null;
  progress: Progress | null;
}

export type SuggestionState = 'open' | 'closed';

export interface Suggestion {
  object: 'suggestion';
  id: string;
  experiment: string;
  assignments: Assignments;
  state: SuggestionState;
  created: number;
  deleted: boolean;
  metadata: Metadata | null;
}

export interface Paging {
  before: string | null;
  after: string | null;
}

export interface Pagination<T> {
  object: 'pagination';
  count: number;
  data: T[];
  paging: Paging;
}

export interface BestAssignments {
  object: 'best_assignments';
  id: string;
  assignments: Assignments;
  values: MetricEvaluation[];
  metadata: Metadata | null;
}

export type StoppingReason = 'observation_budget_reached' | 'possible_stagnation';

export interface StoppingCriteria {
  object: 'stopping_criteria';
  should_stop: boolean;
  reasons: StoppingReason[];
}

/** Every error the API sends has this shape. */
export interface ApiErrorBody {
  message: string;
  status: number;
  token_status?: 'revoked' | 'expired' | 'invalid_permissions';
}

/** `GET /sightline/session`: who the presented token is, for the dashboard's login. */
export interface SessionInfo {
  object: 'session';
  client: string;
  permission: 'read' | 'write';
}
