// Observations: create (one or a batch), update with SigOpt's merge rules, delete.
import type { Metadata, MetricEvaluation } from '../../shared/api-types';
import type {
  MetricValueInput,
  ObservationWriteBody,
} from '../../shared/validation/observation';
import type { Db } from '../data/database';
import { touchExperiment } from '../data/experiments';
import {
  deleteObservation,
  getObservation,
  insertObservations as insertRows,
  replaceObservation,
  type ObservationFields,
  type ObservationRow,
} from '../data/observations';
import { getSuggestion } from '../data/suggestions';
import { badRequest, notFound } from '../http/errors';
import { checkAssignments } from './assignments';
import { optimizedMetrics, type ExperimentDefinition } from './definition';
import type { LoadedExperiment } from './experiments';

function buildValues(
  definition: ExperimentDefinition,
  inputs: MetricValueInput[],
  previous: MetricEvaluation[] = [],
): { json: string; objective: number | null } {
  const { metrics } = definition;
  if (inputs.length !== metrics.length) {
    const names = metrics.map((metric) => metric.name ?? '(unnamed)').join(', ');
    throw badRequest(
      `values must have exactly one entry per metric (${metrics.length}: ${names}), ` +
        `got ${inputs.length}`,
    );
  }

  const byName = new Map<string | null, MetricEvaluation>();
  inputs.forEach((input, index) => {
    const single = metrics.length === 1 ? metrics[0] : undefined;
    const name =
      input.name === undefined || input.name === null ? single?.name : input.name;
    if (name === undefined)
      throw badRequest(`values[${index}] needs the name of its metric`);
    const metric = metrics.find((candidate) => candidate.name === name);
    if (!metric)
      throw badRequest(
        `values[${index}].name "${name}" is not a metric of this experiment`,
      );
    if (byName.has(metric.name))
      throw badRequest(`values names the metric "${name}" twice`);

    const kept = previous.find(
      (evaluation) => evaluation.name === metric.name,
    )?.value_stddev;
    byName.set(metric.name, {
      object: 'metric_evaluation',
      name: metric.name,
      value: input.value,
      value_stddev:
        input.value_stddev === undefined ? (kept ?? null) : input.value_stddev,
    });
  });

  const evaluations = metrics.map(
    (metric) => byName.get(metric.name) as MetricEvaluation,
  );
  const objectiveMetric = optimizedMetrics(definition)[0];
  const objective = objectiveMetric
    ? (byName.get(objectiveMetric.name)?.value ?? null)
    : null;
  return { json: JSON.stringify(evaluations), objective };
}

/** The state an observation will have, before its row is written. */
interface ObservationState {
  suggestion: number | null;
  assignments: Record<string, number | string> | null;
  failed: boolean;
  values: MetricValueInput[] | null;
  metadata: Metadata | null;
}

function toFields(
  db: Db,
  experiment: LoadedExperiment,
  state: ObservationState,
  created: number,
  previousValues?: MetricEvaluation[],
): ObservationFields {
  const { row, definition } = experiment;

  if (state.suggestion !== null && state.assignments !== null) {
    throw badRequest('Cannot specify `suggestion` and `assignments`.');
  }
  if (state.suggestion === null && state.assignments === null) {
    throw badRequest('An observation needs either `suggestion` or `assignments`.');
  }

  let assignmentsJson: string;
  if (state.suggestion !== null) {
    const suggestion = getSuggestion(db, row.id, state.suggestion);
    if (!suggestion) {
      throw badRequest(`No suggestion: ${state.suggestion} for experiment: ${row.id}`);
    }
    assignmentsJson = suggestion.assignments;
  } else {
    assignmentsJson = JSON.stringify(
      checkAssignments(definition, state.assignments ?? {}),
    );
  }

  const hasValues = state.values !== null && state.values.length > 0;
  if (state.failed && hasValues) {
    throw badRequest(
      'A failed observation cannot have values: send `failed: true` without `values`',
    );
  }
  if (!state.failed && !hasValues) {
    throw badRequest('An observation needs `values` unless it is `failed: true`');
  }
  const values = hasValues
    ? buildValues(definition, state.values ?? [], previousValues)
    : { json: '[]', objective: null };

  return {
    experiment_id: row.id,
    suggestion_id: state.suggestion,
    assignments: assignmentsJson,
    metric_values: values.json,
    failed: state.failed ? 1 : 0,
    metadata: state.metadata ? JSON.stringify(state.metadata) : null,
    objective_value: values.objective,
    created,
  };
}

function checkActive(experiment: LoadedExperiment): void {
  if (experiment.row.state === 'deleted') {
    throw badRequest(
      `Cannot create observations for deleted experiment ${experiment.row.id}`,
    );
  }
}

/** Validates a create body (nulls already dropped) into the row to insert. */
export function prepareObservation(
  db: Db,
  experiment: LoadedExperiment,
  body: ObservationWriteBody,
  now: number,
): ObservationFields {
  if (body.task !== undefined)
    throw badRequest('Sightline does not support multitask `task`');
  return toFields(
    db,
    experiment,
    {
      suggestion: body.suggestion ?? null,
      assignments: body.assignments ?? null,
      failed: body.failed ?? false,
      values: body.values ?? null,
      metadata: body.metadata ?? null,
    },
    now,
  );
}

/**
 * Inserts prepared rows; the database closes their suggestions and moves the
 * experiment's counts and `updated` time in the same statement.
 */
export function insertObservations(
  db: Db,
  experiment: LoadedExperiment,
  rows: ObservationFields[],
): number[] {
  checkActive(experiment);
  return insertRows(db, rows);
}

export function findObservation(
  db: Db,
  experimentId: number,
  id: number,
): ObservationRow {
  const observation = getObservation(db, experimentId, id);
  if (!observation) throw notFound();
  return observation;
}

/**
 * Merges the request over the stored observation: a key that is present replaces (null
 * clears), an absent key keeps. The result must still be valid as a whole.
 */
export function updateObservation(
  db: Db,
  experiment: LoadedExperiment,
  stored: ObservationRow,
  body: ObservationWriteBody,
  now: number,
): void {
  if (body.task !== undefined)
    throw badRequest('Sightline does not support multitask `task`');
  const storedValues = JSON.parse(stored.metric_values) as MetricEvaluation[];
  const ownAssignments =
    stored.suggestion_id === null
      ? (JSON.parse(stored.assignments) as Record<string, number | string>)
      : null;

  const state: ObservationState = {
    suggestion: body.suggestion !== undefined ? body.suggestion : stored.suggestion_id,
    assignments: body.assignments !== undefined ? body.assignments : ownAssignments,
    failed: body.failed !== undefined ? Boolean(body.failed) : Boolean(stored.failed),
    values:
      body.values !== undefined
        ? body.values
        : storedValues.map(({ name, value, value_stddev }) => ({
            name,
            value,
            value_stddev,
          })),
    metadata:
      body.metadata !== undefined
        ? body.metadata
        : stored.metadata
          ? (JSON.parse(stored.metadata) as Metadata)
          : null,
  };
  // Linking a suggestion takes its assignments; the observation's own are dropped.
  if (
    body.suggestion !== undefined &&
    body.suggestion !== null &&
    body.assignments === undefined
  ) {
    state.assignments = null;
  }
  if (
    body.assignments !== undefined &&
    body.assignments !== null &&
    body.suggestion === undefined
  ) {
    state.suggestion = null;
  }

  const fields = toFields(db, experiment, state, stored.created, storedValues);
  replaceObservation(db, stored, fields);
  touchExperiment(db, experiment.row.id, now);
}

export function removeObservation(
  db: Db,
  experiment: LoadedExperiment,
  stored: ObservationRow,
  now: number,
): void {
  deleteObservation(db, stored);
  touchExperiment(db, experiment.row.id, now);
}
