// Experiments: create, read with progress, update, archive.
import type { Experiment, Observation, Progress } from '../../shared/api-types';
import type {
  ExperimentCreateBody,
  ExperimentUpdateBody,
} from '../../shared/validation/experiment';
import type { Db } from '../data/database';
import {
  getExperiment,
  insertExperiment,
  updateExperiment,
  type ExperimentChanges,
  type ExperimentRow,
} from '../data/experiments';
import {
  bestByObjective,
  firstObservation,
  lastObservation,
  type ObservationRow,
} from '../data/observations';
import { badRequest, notFound } from '../http/errors';
import {
  buildDefinition,
  checkExperimentName,
  metricJson,
  optimizedMetrics,
  parameterJson,
  type ExperimentDefinition,
  type MetricDef,
} from './definition';
import { gridSize } from './sampler';
import { observationJson } from './serialize';

/** A stored experiment with its definition parsed. */
export interface LoadedExperiment {
  row: ExperimentRow;
  definition: ExperimentDefinition;
}

// Definitions rarely change but are read on every write; parsing the same text once is
// enough. Keyed by the text itself, so an updated definition is simply a new entry.
const parsedDefinitions = new Map<string, ExperimentDefinition>();
const PARSED_LIMIT = 500;

export function parseDefinition(text: string): ExperimentDefinition {
  let definition = parsedDefinitions.get(text);
  if (!definition) {
    if (parsedDefinitions.size >= PARSED_LIMIT) parsedDefinitions.clear();
    definition = JSON.parse(text) as ExperimentDefinition;
    parsedDefinitions.set(text, definition);
  }
  return definition;
}

export function loadExperiment(db: Db, id: number, clientId: number): LoadedExperiment {
  const row = getExperiment(db, id, clientId);
  if (!row) throw notFound();
  return { row, definition: parseDefinition(row.definition) };
}

function unsupported(body: ExperimentCreateBody): void {
  if (body.conditionals?.length)
    throw badRequest('Sightline does not support conditionals');
  if (body.linear_constraints?.length) {
    throw badRequest('Sightline does not support linear_constraints');
  }
  if (body.tasks?.length)
    throw badRequest('Sightline does not support multitask experiments');
  if (body.runs_only)
    throw badRequest('Sightline does not support runs_only (AI) experiments');
}

function checkBudget(
  definition: ExperimentDefinition,
  body: ExperimentCreateBody,
): number | null {
  const optimized = optimizedMetrics(definition).length;
  const constraints = definition.metrics.filter(
    (m) => m.strategy === 'constraint',
  ).length;
  const solutions = body.num_solutions ?? 1;
  let budget = body.observation_budget ?? null;

  if (body.type === 'grid') {
    const size = gridSize(definition);
    if (budget !== null && budget !== size) {
      throw badRequest(`observation_budget must be ${size}, the number of grid points`);
    }
    budget = size;
  }
  if (budget === null && (optimized > 1 || constraints > 0 || solutions > 1)) {
    throw badRequest(
      'observation_budget is required for multiple optimized metrics, constraint ' +
        'metrics or num_solutions > 1',
    );
  }
  if (solutions > 1) {
    if (optimized !== 1)
      throw badRequest('num_solutions > 1 needs exactly one optimized metric');
    if (budget !== null && budget < solutions) {
      throw badRequest('observation_budget must be at least num_solutions');
    }
  }
  return budget;
}

export function createExperiment(
  db: Db,
  clientId: number,
  body: ExperimentCreateBody,
  now: number,
): number {
  const name = checkExperimentName(body.name);
  unsupported(body);
  const definition = buildDefinition(body);
  const budget = checkBudget(definition, body);

  return insertExperiment(db, {
    client_id: clientId,
    name,
    type: body.type ?? 'offline',
    definition: JSON.stringify(definition),
    metadata: body.metadata ? JSON.stringify(body.metadata) : null,
    project: body.project ?? null,
    observation_budget: budget,
    parallel_bandwidth: body.parallel_bandwidth ?? null,
    num_solutions: body.num_solutions ?? null,
    created: now,
    updated: now,
  });
}

export function observationObject(row: ObservationRow | undefined): Observation | null {
  return row ? (JSON.parse(observationJson(row)) as Observation) : null;
}

function progressOf(db: Db, loaded: LoadedExperiment): Progress {
  const id = loaded.row.id;
  const total = loaded.row.observation_count;
  const optimized = optimizedMetrics(loaded.definition);
  const single = optimized.length === 1 ? (optimized[0] as MetricDef) : null;
  const best =
    single && total > 0
      ? bestByObjective(db, id, single.objective === 'maximize')
      : undefined;

  return {
    object: 'progress',
    observation_count: total,
    observation_budget_consumed: total,
    first_observation: total > 0 ? observationObject(firstObservation(db, id)) : null,
    last_observation: total > 0 ? observationObject(lastObservation(db, id)) : null,
    best_observation: observationObject(best),
  };
}

export function experimentJson(db: Db, loaded: LoadedExperiment): Experiment {
  const { row, definition } = loaded;
  return {
    client: String(row.client_id),
    conditionals: [],
    created: row.created,
    development: false,
    id: String(row.id),
    linear_constraints: [],
    metadata: row.metadata ? (JSON.parse(row.metadata) as Experiment['metadata']) : null,
    metrics: definition.metrics.map(metricJson),
    name: row.name,
    num_solutions: row.num_solutions,
    object: 'experiment',
    observation_budget: row.observation_budget,
    parallel_bandwidth: row.parallel_bandwidth,
    parameters: definition.parameters.map(parameterJson),
    progress: progressOf(db, loaded),
    project: row.project,
    runs_only: false,
    state: row.state,
    type: row.type as Experiment['type'],
    updated: row.updated,
    user: null,
  };
}

function updatedMetrics(definition: ExperimentDefinition, body: ExperimentUpdateBody) {
  const inputs = body.metrics ?? [];
  if (inputs.length !== definition.metrics.length) {
    throw badRequest('metrics must list every metric of the experiment');
  }
  const optimized = optimizedMetrics(definition).length;
  return definition.metrics.map((metric) => {
    const input = inputs.find((candidate) => {
      const name = typeof candidate === 'string' ? candidate : (candidate.name ?? null);
      return name === metric.name || (definition.metrics.length === 1 && name === null);
    });
    if (input === undefined) {
      throw badRequest(`metrics must include the metric ${metric.name ?? '(unnamed)'}`);
    }
    if (typeof input === 'string') return metric;
    if (input.objective && input.objective !== metric.objective) {
      throw badRequest(`The objective of metric ${metric.name} cannot change`);
    }
    if (input.strategy && input.strategy !== metric.strategy) {
      throw badRequest(`The strategy of metric ${metric.name} cannot change`);
    }
    const threshold = input.threshold === undefined ? metric.threshold : input.threshold;
    if (threshold !== null && metric.strategy === 'store') {
      throw badRequest(`metric ${metric.name}: a stored metric cannot have a threshold`);
    }
    if (threshold !== null && metric.strategy === 'optimize' && optimized < 2) {
      throw badRequest(
        `metric ${metric.name}: thresholds apply only when two metrics are optimized`,
      );
    }
    if (threshold === null && metric.strategy === 'constraint') {
      throw badRequest(`metric ${metric.name}: a constraint metric needs a threshold`);
    }
    return { ...metric, threshold };
  });
}

/** A partial update: only the keys present in the body change. */
export function updateExperimentFields(
  db: Db,
  loaded: LoadedExperiment,
  body: ExperimentUpdateBody,
  now: number,
): void {
  const changes: ExperimentChanges = { updated: now };
  if (body.parameters !== undefined) {
    throw badRequest(
      'Sightline does not support changing the parameters of an experiment',
    );
  }
  if (body.name !== undefined) changes.name = checkExperimentName(body.name);
  if (body.state !== undefined) changes.state = body.state;
  if (body.project !== undefined) changes.project = body.project;
  if (body.parallel_bandwidth !== undefined)
    changes.parallel_bandwidth = body.parallel_bandwidth;
  if (body.metadata !== undefined) {
    changes.metadata = body.metadata === null ? null : JSON.stringify(body.metadata);
  }
  if (body.observation_budget !== undefined) {
    if (loaded.row.type === 'grid') {
      throw badRequest('The observation_budget of a grid experiment cannot change');
    }
    changes.observation_budget = body.observation_budget;
  }
  if (body.metrics !== undefined) {
    const metrics = updatedMetrics(loaded.definition, body);
    changes.definition = JSON.stringify({ ...loaded.definition, metrics });
  }
  updateExperiment(db, loaded.row.id, changes);
}

/** Archiving is a soft delete: the experiment stays readable and can be revived. */
export function archiveExperiment(db: Db, loaded: LoadedExperiment, now: number): void {
  updateExperiment(db, loaded.row.id, { state: 'deleted', updated: now });
}
