// The large experiment every benchmark part reads: 100,000 observations with 10
// parameters, 2 metrics, 5 metadata keys, 64 instance_id values and 5% failed, written
// through the batch API as a fleet of workers would.
export const SEED_OBSERVATIONS = 100_000;
const BATCH = 2500;

const PARAMETERS = [
  ...Array.from({ length: 6 }, (_, i) => ({
    name: `x${i}`,
    type: 'double',
    bounds: { min: 0, max: 1 },
  })),
  { name: 'lr', type: 'double', bounds: { min: 0.0001, max: 1 }, transformation: 'log' },
  { name: 'layers', type: 'int', bounds: { min: 1, max: 12 } },
  {
    name: 'optimizer',
    type: 'categorical',
    categorical_values: ['sgd', 'adam', 'adamw'],
  },
  { name: 'activation', type: 'categorical', categorical_values: ['relu', 'gelu'] },
];

export const EXPERIMENT_BODY = {
  name: 'bench: 100k observations',
  parameters: PARAMETERS,
  metrics: [
    { name: 'accuracy', objective: 'maximize' },
    { name: 'loss', objective: 'minimize' },
  ],
  observation_budget: 200_000,
  metadata: { purpose: 'benchmark' },
};

/** A deterministic pseudo-random stream, so every run seeds the same data. */
export function stream(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export function observationBody(index: number, next: () => number) {
  const worker = index % 64;
  const failed = next() < 0.05;
  const assignments = {
    x0: next(),
    x1: next(),
    x2: next(),
    x3: next(),
    x4: next(),
    x5: next(),
    lr: 10 ** (-4 + 4 * next()),
    layers: 1 + Math.floor(next() * 12),
    optimizer: ['sgd', 'adam', 'adamw'][index % 3],
    activation: index % 2 ? 'relu' : 'gelu',
  };
  const accuracy = 0.5 + 0.4 * assignments.x0 * (1 - assignments.x1) + 0.05 * next();
  return {
    assignments,
    ...(failed
      ? { failed: true }
      : {
          values: [
            { name: 'accuracy', value: accuracy },
            { name: 'loss', value: 1 - accuracy + 0.1 * next() },
          ],
        }),
    metadata: {
      instance_id: `i-${(0x1000 + worker).toString(16)}`,
      ip: `10.1.${worker >> 4}.${worker & 15}`,
      eval_seconds: Math.round(30 + 600 * next()),
      git_commit: ['a1b2c3d', 'e4f5a6b', '9c8d7e6'][index % 3] as string,
      region: index % 5 === 0 ? 'us-east-1' : 'eu-west-1',
    },
  };
}

export async function seedLargeExperiment(
  baseUrl: string,
  token: string,
): Promise<string> {
  const headers = {
    Authorization: `Basic ${Buffer.from(`${token}:`).toString('base64')}`,
    'Content-Type': 'application/json',
  };
  const created = await fetch(`${baseUrl}/v1/experiments`, {
    method: 'POST',
    headers,
    body: JSON.stringify(EXPERIMENT_BODY),
  });
  const experiment = (await created.json()) as { id: string };
  const next = stream(42);

  for (let start = 0; start < SEED_OBSERVATIONS; start += BATCH) {
    const observations = Array.from({ length: BATCH }, (_, i) =>
      observationBody(start + i, next),
    );
    const response = await fetch(
      `${baseUrl}/v1/experiments/${experiment.id}/observations/batch`,
      {
        method: 'POST',
        headers,
        body: JSON.stringify({ observations }),
      },
    );
    if (!response.ok) throw new Error(`seeding failed: ${await response.text()}`);
  }
  return experiment.id;
}
