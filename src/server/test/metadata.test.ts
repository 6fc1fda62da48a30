import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExperiment, startHarness, TOKEN, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const run = promisify(execFile);

async function curl(method: string, path: string, data?: string) {
  // Sent exactly as the SigOpt docs wrote them: `-u "$TOKEN":` and `-d '<json>'`, which
  // makes curl use the form content type.
  const args = [
    '-s',
    '-w',
    '\n%{http_code}',
    '-X',
    method,
    `${harness.url}${path}`,
    '-u',
    `${TOKEN}:`,
  ];
  if (data !== undefined) args.push('-d', data);
  // Asynchronous: the server answering curl runs in this same process.
  const { stdout: output } = await run('curl', args, { encoding: 'utf8' });
  const cut = output.lastIndexOf('\n');
  return {
    status: Number(output.slice(cut + 1)),
    body: JSON.parse(output.slice(0, cut)) as any,
  };
}

describe('metadata as the SigOpt documentation shows it, sent with curl', () => {
  it('stores metadata on every create and on update', async () => {
    const experiment = await curl(
      'POST',
      '/v1/experiments',
      JSON.stringify({
        name: 'Classifier Accuracy',
        parameters: [{ name: 'gamma', type: 'double', bounds: { min: 0.001, max: 1 } }],
        metadata: { dataset: 'digits', model_type: 'svm' },
      }),
    );
    expect(experiment.status).toBe(200);
    expect(experiment.body.metadata).toEqual({ dataset: 'digits', model_type: 'svm' });
    const id = experiment.body.id;

    const suggestion = await curl(
      'POST',
      `/v1/experiments/${id}/suggestions`,
      '{"metadata": {"host_name": "worker-17"}}',
    );
    expect(suggestion.status).toBe(200);
    expect(suggestion.body.metadata).toEqual({ host_name: 'worker-17' });

    const observation = await curl(
      'POST',
      `/v1/experiments/${id}/observations`,
      JSON.stringify({
        suggestion: suggestion.body.id,
        values: [{ value: 0.91 }],
        metadata: { compute_time: 12.5, instance_id: 'i-12345' },
      }),
    );
    expect(observation.status).toBe(200);
    expect(observation.body.metadata).toEqual({
      compute_time: 12.5,
      instance_id: 'i-12345',
    });

    const updated = await curl(
      'PUT',
      `/v1/experiments/${id}`,
      '{"metadata": {"dataset": "digits-v2"}}',
    );
    expect(updated.body.metadata).toEqual({ dataset: 'digits-v2' });

    const fetched = await curl(
      'GET',
      `/v1/experiments/${id}/observations/${observation.body.id}`,
    );
    expect(fetched.body.metadata.instance_id).toBe('i-12345');
  });
});

const OBJECTS = ['experiment', 'suggestion', 'observation'] as const;

async function writeMetadata(kind: (typeof OBJECTS)[number], metadata: unknown) {
  const experiment = await createExperiment(harness);
  const base = `/v1/experiments/${experiment.id}`;
  if (kind === 'experiment') {
    return harness.call('PUT', base, { body: { metadata } });
  }
  if (kind === 'suggestion') {
    return harness.call('POST', `${base}/suggestions`, { body: { metadata } });
  }
  return harness.call('POST', `${base}/observations`, {
    body: { assignments: { x: 0.5, n: 3, kind: 'a' }, values: [{ value: 1 }], metadata },
  });
}

const keys = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]));

describe.each(OBJECTS)('metadata rules on %s', (kind) => {
  it('accepts 100 keys and refuses 101', async () => {
    const ok = await writeMetadata(kind, keys(100));
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body.metadata)).toHaveLength(100);

    const refused = await writeMetadata(kind, keys(101));
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/101 keys; at most 100/);
  });

  it('accepts a 100-character key and refuses 101 characters', async () => {
    const ok = await writeMetadata(kind, { ['k'.repeat(100)]: 'v' });
    expect(ok.status).toBe(200);
    const refused = await writeMetadata(kind, { ['k'.repeat(101)]: 'v' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(
      /101 characters long; keys may have at most 100/,
    );
  });

  it('accepts a 500-character string and refuses 501, counting code points', async () => {
    const ok = await writeMetadata(kind, { note: '😀'.repeat(500) });
    expect(ok.status).toBe(200);
    expect(ok.body.metadata.note).toBe('😀'.repeat(500));
    const refused = await writeMetadata(kind, { note: 'x'.repeat(501) });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/metadata\.note is 501 characters long/);
  });

  it('refuses booleans, objects and arrays, naming the key', async () => {
    for (const [value, kindName] of [
      [true, 'a boolean'],
      [{ a: 1 }, 'an object'],
      [[1, 2], 'an array'],
    ] as const) {
      const refused = await writeMetadata(kind, { flag: value });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(
        `metadata.flag is ${kindName}; values must be strings or numbers`,
      );
    }
  });

  it('drops keys whose value is null, and keeps numbers as numbers', async () => {
    const reply = await writeMetadata(kind, { ip: null, eval_seconds: 12, rate: 0.5 });
    expect(reply.status).toBe(200);
    expect(reply.body.metadata).toEqual({ eval_seconds: 12, rate: 0.5 });
  });

  it('refuses metadata that is not an object', async () => {
    const refused = await writeMetadata(kind, ['a']);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/metadata must be an object/);
  });
});

describe('metadata updates', () => {
  it('replaces the whole map, clears it with null, and keeps it when left out', async () => {
    const experiment = await createExperiment(harness);
    const base = `/v1/experiments/${experiment.id}`;
    const suggestion = (
      await harness.call('POST', `${base}/suggestions`, {
        body: { metadata: { a: 1, b: 'x' } },
      })
    ).body;
    const path = `${base}/suggestions/${suggestion.id}`;

    const replaced = await harness.call('PUT', path, { body: { metadata: { c: 3 } } });
    expect(replaced.body.metadata).toEqual({ c: 3 });

    const kept = await harness.call('PUT', path, { body: {} });
    expect(kept.body.metadata).toEqual({ c: 3 });

    const cleared = await harness.call('PUT', path, { body: { metadata: null } });
    expect(cleared.body.metadata).toBeNull();
  });

  it('leaves stored metadata untouched when an update is refused', async () => {
    const experiment = await createExperiment(harness);
    const path = `/v1/experiments/${experiment.id}`;
    await harness.call('PUT', path, { body: { metadata: { stays: 'yes' } } });
    const refused = await harness.call('PUT', path, {
      body: { name: 'renamed', metadata: { ['k'.repeat(101)]: 1 } },
    });
    expect(refused.status).toBe(400);
    const fetched = await harness.call('GET', path);
    expect(fetched.body.metadata).toEqual({ stays: 'yes' });
    expect(fetched.body.name).toBe('simple');
  });
});
