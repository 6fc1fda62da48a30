import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExperiment,
  SIMPLE_EXPERIMENT,
  startHarness,
  type Harness,
} from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

async function suggest(experimentId: string, count: number) {
  const suggestions = [];
  for (let index = 0; index < count; index += 1) {
    const reply = await harness.call(
      'POST',
      `/v1/experiments/${experimentId}/suggestions`,
    );
    expect(reply.status).toBe(200);
    suggestions.push(reply.body);
  }
  return suggestions;
}

describe('generated suggestions', () => {
  it('stay inside the bounds with the right type for every parameter', async () => {
    const { id } = await createExperiment(harness, {
      name: 'types',
      parameters: [
        {
          name: 'lr',
          type: 'double',
          bounds: { min: 0.0001, max: 1 },
          transformation: 'log',
        },
        { name: 'depth', type: 'int', bounds: { min: 2, max: 5 } },
        { name: 'booster', type: 'categorical', categorical_values: ['gbtree', 'dart'] },
        { name: 'batch', type: 'int', grid: [16, 64, 256] },
      ],
    });
    const suggestions = await suggest(id, 40);
    const logs = [];
    for (const suggestion of suggestions) {
      expect(suggestion).toMatchObject({
        object: 'suggestion',
        state: 'open',
        experiment: id,
        deleted: false,
      });
      const { lr, depth, booster, batch } = suggestion.assignments;
      expect(lr).toBeGreaterThanOrEqual(0.0001);
      expect(lr).toBeLessThanOrEqual(1);
      expect(Number.isInteger(depth) && depth >= 2 && depth <= 5).toBe(true);
      expect(['gbtree', 'dart']).toContain(booster);
      expect([16, 64, 256]).toContain(batch);
      logs.push(Math.log10(lr));
    }
    // Log scaling spreads points over the decades, not mostly near the top.
    const lowDecades = logs.filter((value) => value < -2).length;
    expect(lowDecades).toBeGreaterThan(12);
    expect(new Set(suggestions.map((s) => s.assignments.depth)).size).toBe(4);
  });

  it('spread evenly (16 draws hit every quarter) and differ per experiment', async () => {
    const body = {
      name: 'spread',
      parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    };
    const { id } = await createExperiment(harness, body);
    const values = (await suggest(id, 16)).map((s) => s.assignments.x as number);
    const quarters = [0, 0, 0, 0];
    for (const value of values) {
      const quarter = Math.min(3, Math.floor(value * 4));
      quarters[quarter] = (quarters[quarter] ?? 0) + 1;
    }
    expect(Math.min(...quarters)).toBeGreaterThanOrEqual(3);

    const again = await createExperiment(harness, body);
    const other = (await suggest(again.id, 3)).map((s) => s.assignments.x);
    expect(other).not.toEqual(values.slice(0, 3));
  });

  it('enumerate a grid experiment and set its budget to the grid size', async () => {
    const { id } = await createExperiment(harness, {
      name: 'grid',
      type: 'grid',
      parameters: [
        { name: 'a', type: 'int', grid: [1, 2] },
        { name: 'b', type: 'categorical', categorical_values: ['x', 'y', 'z'] },
      ],
    });
    const experiment = await harness.call('GET', `/v1/experiments/${id}`);
    expect(experiment.body.observation_budget).toBe(6);
    const points = (await suggest(id, 6)).map(
      (s) => `${s.assignments.a}${s.assignments.b}`,
    );
    expect(new Set(points).size).toBe(6);
  });
});

describe('suggestion lifecycle', () => {
  it('stays open until an observation names it, and user assignments are checked', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}`;
    const [first, second] = await suggest(id, 2);

    const open = await harness.call('GET', `${base}/suggestions?state=open`);
    expect(open.body.count).toBe(2);

    await harness.call('POST', `${base}/observations`, {
      body: { suggestion: first.id, values: [{ value: 1 }] },
    });
    const stillOpen = await harness.call('GET', `${base}/suggestions?state=open`);
    expect(stillOpen.body.data.map((s: { id: string }) => s.id)).toEqual([second.id]);
    expect(
      (await harness.call('GET', `${base}/suggestions/${first.id}`)).body.state,
    ).toBe('closed');

    const manual = await harness.call('POST', `${base}/suggestions`, {
      body: {
        assignments: { x: 0.25, n: 4, kind: 'b' },
        metadata: { instance_id: 'i-1' },
      },
    });
    expect(manual.body.assignments).toEqual({ kind: 'b', n: 4, x: 0.25 });
    const wrong = await harness.call('POST', `${base}/suggestions`, {
      body: { assignments: { x: 0.25, n: 4.5, kind: 'b' } },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/assignments.n must be an integer/);

    const badState = await harness.call('GET', `${base}/suggestions?state=closed`);
    expect(badState.status).toBe(400);
    expect(badState.body.message).toMatch(/must be open/);
  });

  it('deletes one, then all open ones, leaving them out of lists', async () => {
    const { id } = await createExperiment(harness, SIMPLE_EXPERIMENT);
    const base = `/v1/experiments/${id}`;
    const [a, b, c] = await suggest(id, 3);
    await harness.call('POST', `${base}/observations`, {
      body: { suggestion: c.id, failed: true },
    });

    expect((await harness.call('DELETE', `${base}/suggestions/${a.id}`)).body).toEqual(
      {},
    );
    expect((await harness.call('GET', `${base}/suggestions/${a.id}`)).status).toBe(404);
    const deleted = await harness.call('GET', `${base}/suggestions?deleted=true`);
    expect(deleted.body.data.map((s: { id: string }) => s.id)).toEqual([a.id]);

    await harness.call('DELETE', `${base}/suggestions?state=open`);
    const left = await harness.call('GET', `${base}/suggestions`);
    expect(left.body.data.map((s: { id: string }) => s.id)).toEqual([c.id]);
    expect(b.id).not.toBe(c.id);
  });
});
