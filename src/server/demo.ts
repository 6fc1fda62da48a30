// Demo data for a first start: experiments tuned by eight simulated workers, written
// through the same service code as the API. Times are spread over the last hours so
// ages, failures and open suggestions look like a real run.
import type { Metadata } from '../shared/api-types';
import type { ExperimentCreateBody } from '../shared/validation/experiment';
import type { Db } from './data/database';
import { updateExperiment } from './data/experiments';
import { createExperiment, loadExperiment } from './services/experiments';
import { insertObservations, prepareObservation } from './services/observations';
import { createSuggestion } from './services/suggestions';
import { getSuggestion } from './data/suggestions';

const WORKERS = Array.from({ length: 8 }, (_, index) => ({
  instance_id: `i-0${(0x3f2a1 + index * 7919).toString(16)}`,
  ip: `10.0.${index + 1}.${20 + index * 3}`,
}));
const FLAKY_WORKER = 5;

/** A deterministic PRNG so every demo database looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface DemoSpec {
  body: ExperimentCreateBody;
  observations: number;
  open: number;
  evaluate: (
    assignments: Record<string, number | string>,
    noise: number,
  ) => Record<string, number>;
}

const SPECS: DemoSpec[] = [
  {
    body: {
      name: 'xgboost churn model',
      metadata: { model: 'xgboost', dataset: 'churn-2026-11', owner: 'ml-platform' },
      parameters: [
        {
          name: 'learning_rate',
          type: 'double',
          bounds: { min: 0.001, max: 0.3 },
          transformation: 'log',
        },
        { name: 'max_depth', type: 'int', bounds: { min: 2, max: 12 } },
        { name: 'subsample', type: 'double', bounds: { min: 0.5, max: 1 } },
        { name: 'booster', type: 'categorical', categorical_values: ['gbtree', 'dart'] },
      ],
      metrics: [{ name: 'auc', objective: 'maximize' }],
      observation_budget: 120,
      parallel_bandwidth: 8,
    },
    observations: 90,
    open: 7,
    evaluate: (a, noise) => ({
      auc:
        0.93 -
        0.02 * Math.abs(Math.log10(Number(a.learning_rate)) + 1.3) -
        0.004 * Math.abs(Number(a.max_depth) - 7) -
        0.03 * Math.abs(Number(a.subsample) - 0.8) +
        (a.booster === 'dart' ? 0.004 : 0) +
        0.006 * noise,
    }),
  },
  {
    body: {
      name: 'resnet cifar10: accuracy vs latency',
      metadata: { model: 'resnet', dataset: 'cifar10' },
      parameters: [
        { name: 'width_multiplier', type: 'double', bounds: { min: 0.25, max: 2 } },
        { name: 'depth', type: 'int', grid: [18, 34, 50] },
        { name: 'batch_size', type: 'int', bounds: { min: 32, max: 512 } },
        {
          name: 'optimizer',
          type: 'categorical',
          categorical_values: ['sgd', 'adam', 'adamw'],
        },
      ],
      metrics: [
        { name: 'accuracy', objective: 'maximize' },
        { name: 'latency_ms', objective: 'minimize' },
      ],
      observation_budget: 80,
    },
    observations: 55,
    open: 4,
    evaluate: (a, noise) => {
      const size = Number(a.width_multiplier) * Number(a.depth);
      return {
        accuracy:
          0.78 +
          0.12 * (1 - Math.exp(-size / 30)) +
          (a.optimizer === 'adamw' ? 0.01 : 0) +
          0.01 * noise,
        latency_ms: 2 + size * 0.35 + Number(a.batch_size) * 0.004 + Math.abs(noise),
      };
    },
  },
  {
    body: {
      name: 'lightgbm ranking (archived)',
      metadata: { model: 'lightgbm', dataset: 'search-clicks' },
      parameters: [
        { name: 'num_leaves', type: 'int', bounds: { min: 8, max: 256 } },
        { name: 'feature_fraction', type: 'double', bounds: { min: 0.3, max: 1 } },
      ],
      metrics: [{ name: 'ndcg', objective: 'maximize' }],
      observation_budget: 30,
    },
    observations: 30,
    open: 0,
    evaluate: (a, noise) => ({
      ndcg:
        0.7 +
        0.1 * Math.sin(Number(a.num_leaves) / 60) +
        0.05 * Number(a.feature_fraction) +
        0.01 * noise,
    }),
  },
];

function workerMetadata(worker: number, extra: Metadata = {}): Metadata {
  return { ...(WORKERS[worker] as Metadata), ...extra };
}

function fillExperiment(
  db: Db,
  clientId: number,
  spec: DemoSpec,
  index: number,
  now: number,
) {
  const next = random(17 + index);
  const start = now - 6 * 3600;
  const id = createExperiment(db, clientId, spec.body, start);
  const experiment = loadExperiment(db, id, clientId);
  const step = (5.5 * 3600) / spec.observations;

  for (let n = 0; n < spec.observations; n += 1) {
    const worker = Math.floor(next() * WORKERS.length);
    const served = Math.floor(start + n * step);
    const suggestionId = createSuggestion(
      db,
      experiment,
      { metadata: workerMetadata(worker) },
      served,
    );
    const suggestion = getSuggestion(db, id, suggestionId);
    const assignments = JSON.parse(suggestion?.assignments ?? '{}') as Record<
      string,
      number | string
    >;
    const evalSeconds = Math.round(120 + next() * 600);
    const failed = worker === FLAKY_WORKER ? next() < 0.6 : next() < 0.03;
    const noise = next() * 2 - 1;
    const values = failed
      ? undefined
      : Object.entries(spec.evaluate(assignments, noise)).map(([name, value]) => ({
          name,
          value,
        }));
    const metadata = workerMetadata(worker, {
      eval_seconds: evalSeconds,
      ...(failed
        ? { error: worker === FLAKY_WORKER ? 'CUDA out of memory' : 'NaN loss' }
        : {}),
    });
    const created = Math.min(now - 60, served + evalSeconds);
    const fields = prepareObservation(
      db,
      experiment,
      { suggestion: suggestionId, failed, metadata, ...(values ? { values } : {}) },
      created,
    );
    insertObservations(db, experiment, [fields]);
  }

  // Open suggestions: most are fresh, one worker has held its one for hours.
  for (let n = 0; n < spec.open; n += 1) {
    const age = n === 0 ? 3 * 3600 + 600 : Math.floor(60 + next() * 900);
    createSuggestion(
      db,
      experiment,
      { metadata: workerMetadata(n % WORKERS.length) },
      now - age,
    );
  }
  return id;
}

/** Fills an empty database with the demo experiments, in one transaction. */
export function fillDemo(db: Db, clientId: number, now: number): void {
  db.transaction(() => {
    SPECS.forEach((spec, index) => {
      const id = fillExperiment(db, clientId, spec, index, now);
      if (spec.body.name.includes('archived')) {
        updateExperiment(db, id, { state: 'deleted' });
      }
    });
  })();
}
