// An experiment's definition (parameters and metrics): the create-time rules that relate
// fields to each other, and the JSON objects the API returns for them.
import type { Metric, Parameter, Prior } from '../../shared/api-types';
import type {
  ExperimentCreateBody,
  MetricInput,
  ParameterInput,
} from '../../shared/validation/experiment';
import { badRequest } from '../http/errors';

export interface ParameterDef {
  name: string;
  type: 'double' | 'int' | 'categorical';
  bounds: { min: number; max: number } | null;
  /** Category names in the order given (their enum_index is position + 1). */
  categories: string[] | null;
  grid: Array<number | string> | null;
  transformation: 'log' | null;
  default_value: number | string | null;
  prior: Prior | null;
}

export interface MetricDef {
  name: string | null;
  objective: 'maximize' | 'minimize';
  strategy: 'optimize' | 'store' | 'constraint';
  threshold: number | null;
}

/** Parameters and metrics, each sorted by name as the API lists them. */
export interface ExperimentDefinition {
  parameters: ParameterDef[];
  metrics: MetricDef[];
}

const byName = <T extends { name: string | null }>(a: T, b: T) =>
  (a.name ?? '') < (b.name ?? '') ? -1 : (a.name ?? '') > (b.name ?? '') ? 1 : 0;

export function checkExperimentName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100) {
    throw badRequest('The experiment name must have 1 to 100 characters');
  }
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw badRequest('The experiment name may not contain control characters');
  }
  return trimmed;
}

function buildParameter(input: ParameterInput, gridExperiment: boolean): ParameterDef {
  const where = `parameter ${input.name}`;
  const transformation = input.transformation === 'log' ? 'log' : null;

  if (input.conditions && Object.keys(input.conditions).length > 0) {
    throw badRequest(`${where}: conditions are not supported by Sightline`);
  }

  if (input.type === 'categorical') {
    if (input.bounds || transformation || input.prior) {
      throw badRequest(
        `${where}: categorical parameters take no bounds, transformation or prior`,
      );
    }
    const categories = (input.categorical_values ?? []).map((value) =>
      typeof value === 'string' ? value : value.name,
    );
    if (categories.length < 2) {
      throw badRequest(`${where}: categorical_values needs at least 2 values`);
    }
    if (new Set(categories).size !== categories.length) {
      throw badRequest(`${where}: categorical_values must be unique`);
    }
    if (categories.some((name) => name.length < 1 || name.length > 50)) {
      throw badRequest(`${where}: each categorical value must have 1 to 50 characters`);
    }
    const parameter: ParameterDef = {
      name: input.name,
      type: 'categorical',
      bounds: null,
      categories,
      grid: gridExperiment ? [...categories] : null,
      transformation: null,
      default_value: null,
      prior: null,
    };
    parameter.default_value = checkDefault(parameter, input.default_value);
    return parameter;
  }

  let bounds = input.bounds ? { min: input.bounds.min, max: input.bounds.max } : null;
  let grid: number[] | null = null;
  if (input.grid) {
    if (bounds) throw badRequest(`${where}: give either bounds or a grid, not both`);
    if (input.grid.some((value) => typeof value !== 'number')) {
      throw badRequest(`${where}: grid values must be numbers`);
    }
    grid = [...new Set(input.grid as number[])].sort((a, b) => a - b);
    if (grid.length < 2)
      throw badRequest(`${where}: a grid needs at least 2 distinct values`);
    bounds = { min: grid[0] as number, max: grid[grid.length - 1] as number };
  } else if (gridExperiment) {
    throw badRequest(`${where}: every parameter of a grid experiment needs a grid`);
  }
  if (!bounds) throw badRequest(`${where}: bounds {min, max} are required`);

  if (input.type === 'int') {
    const values = grid ?? [bounds.min, bounds.max];
    if (!values.every(Number.isInteger)) {
      throw badRequest(`${where}: an int parameter needs integer bounds and grid values`);
    }
    if (transformation)
      throw badRequest(`${where}: only double parameters can be log-scaled`);
  }
  if (bounds.max < bounds.min)
    throw badRequest(`${where}: bounds.max is less than bounds.min`);
  if (bounds.max - bounds.min < 1e-8) {
    throw badRequest(`${where}: bounds.max must exceed bounds.min by at least 1e-8`);
  }
  if (transformation && bounds.min <= 0) {
    throw badRequest(`${where}: a log-scaled parameter needs bounds.min > 0`);
  }

  const prior = input.prior
    ? buildPrior(input.prior, where, bounds, transformation, grid)
    : null;
  const parameter: ParameterDef = {
    name: input.name,
    type: input.type,
    bounds,
    categories: null,
    grid,
    transformation,
    default_value: null,
    prior,
  };
  parameter.default_value = checkDefault(parameter, input.default_value);
  return parameter;
}

function buildPrior(
  input: NonNullable<ParameterInput['prior']>,
  where: string,
  bounds: { min: number; max: number },
  transformation: 'log' | null,
  grid: number[] | null,
): Prior {
  if (transformation || grid) {
    throw badRequest(
      `${where}: priors apply only to double parameters without log or grid`,
    );
  }
  if (input.name === 'normal') {
    if (input.mean < bounds.min || input.mean > bounds.max) {
      throw badRequest(`${where}: the prior's mean must lie inside the bounds`);
    }
    return {
      object: 'normal_prior',
      name: 'normal',
      mean: input.mean,
      scale: input.scale,
    };
  }
  return {
    object: 'beta_prior',
    name: 'beta',
    shape_a: input.shape_a,
    shape_b: input.shape_b,
  };
}

function checkDefault(
  parameter: ParameterDef,
  value: number | string | null | undefined,
): number | string | null {
  if (value === null || value === undefined) return null;
  const problem = assignmentProblem(parameter, value);
  if (problem) throw badRequest(`parameter ${parameter.name}: default_value ${problem}`);
  return value;
}

/** Why `value` is not a valid assignment of `parameter`, or null when it is. */
export function assignmentProblem(
  parameter: ParameterDef,
  value: unknown,
): string | null {
  if (parameter.type === 'categorical') {
    if (typeof value !== 'string' || !parameter.categories?.includes(value)) {
      const names = parameter.categories?.map((name) => JSON.stringify(name));
      return `must be one of ${names?.join(', ')}`;
    }
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (parameter.type === 'int' && !Number.isInteger(value)) return 'must be an integer';
  if (parameter.grid && !parameter.grid.includes(value)) {
    return `must be one of the grid values ${parameter.grid.join(', ')}`;
  }
  if (parameter.transformation === 'log' && value <= 0) {
    return 'must be greater than 0 (the parameter is log-scaled)';
  }
  return null;
}

function buildMetrics(inputs: MetricInput[] | undefined): MetricDef[] {
  if (inputs === undefined) {
    return [{ name: null, objective: 'maximize', strategy: 'optimize', threshold: null }];
  }
  if (inputs.length === 0) throw badRequest('metrics must list at least one metric');

  const metrics: MetricDef[] = inputs.map((input) =>
    typeof input === 'string'
      ? { name: input, objective: 'maximize', strategy: 'optimize', threshold: null }
      : {
          name: input.name ?? null,
          objective: input.objective ?? 'maximize',
          strategy: input.strategy ?? 'optimize',
          threshold: input.threshold ?? null,
        },
  );

  const names = metrics.map((metric) => metric.name);
  if (metrics.length > 1 && names.some((name) => name === null || name === '')) {
    throw badRequest('Every metric needs a name when there is more than one');
  }
  if (new Set(names).size !== names.length)
    throw badRequest('Metric names must be unique');

  const optimized = metrics.filter((metric) => metric.strategy === 'optimize').length;
  const constraints = metrics.filter((metric) => metric.strategy === 'constraint').length;
  if (optimized > 2) throw badRequest('At most 2 metrics may have strategy optimize');
  if (constraints > 4) throw badRequest('At most 4 metrics may have strategy constraint');
  if (optimized + constraints === 0) {
    throw badRequest('At least one metric must have strategy optimize or constraint');
  }

  for (const metric of metrics) {
    const label = `metric ${metric.name ?? '(unnamed)'}`;
    if (metric.strategy === 'constraint' && metric.threshold === null) {
      throw badRequest(`${label}: a constraint metric needs a threshold`);
    }
    if (metric.strategy === 'store' && metric.threshold !== null) {
      throw badRequest(`${label}: a stored metric cannot have a threshold`);
    }
    if (metric.strategy === 'optimize' && metric.threshold !== null && optimized < 2) {
      throw badRequest(`${label}: thresholds apply only when two metrics are optimized`);
    }
  }
  return metrics.sort(byName);
}

/** The definition of a new experiment; throws a 400 naming the first broken rule. */
export function buildDefinition(body: ExperimentCreateBody): ExperimentDefinition {
  if (!body.parameters || body.parameters.length === 0) {
    throw badRequest('Experiments must have at least one parameter.');
  }
  const names = body.parameters.map((parameter) => parameter.name);
  if (new Set(names).size !== names.length)
    throw badRequest('Parameter names must be unique');

  const gridExperiment = body.type === 'grid';
  const parameters = body.parameters
    .map((input) => buildParameter(input, gridExperiment))
    .sort(byName);
  return { parameters, metrics: buildMetrics(body.metrics) };
}

export function parameterJson(parameter: ParameterDef): Parameter {
  const json: Parameter = {
    object: 'parameter',
    name: parameter.name,
    type: parameter.type,
    bounds: parameter.bounds ? { object: 'bounds', ...parameter.bounds } : null,
    categorical_values:
      parameter.categories?.map((name, index) => ({
        object: 'categorical_value',
        name,
        enum_index: index + 1,
      })) ?? null,
    conditions: {},
    default_value: parameter.default_value,
    prior: parameter.prior,
    transformation: parameter.transformation,
  };
  if (parameter.grid) json.grid = parameter.grid;
  return json;
}

export function metricJson(metric: MetricDef): Metric {
  return { object: 'metric', ...metric };
}

export function optimizedMetrics(definition: ExperimentDefinition): MetricDef[] {
  return definition.metrics.filter((metric) => metric.strategy === 'optimize');
}
