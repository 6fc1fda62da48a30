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

describe('experiment objects', () => {
  it('returns SigOpt shapes: string ids, discriminators, sorted parameters', async () => {
    const reply = await harness.call('POST', '/v1/experiments', {
      body: {
        name: '  shapes  ',
        parameters: [
          {
            name: 'z',
            type: 'double',
            bounds: { min: 0.01, max: 1 },
            transformation: 'log',
            precision: 3,
          },
          { name: 'a', type: 'categorical', categorical_values: ['x', { name: 'y' }] },
        ],
      },
    });
    expect(reply.status).toBe(200);
    const experiment = reply.body;
    expect(experiment.object).toBe('experiment');
    expect(typeof experiment.id).toBe('string');
    expect(experiment.name).toBe('shapes');
    expect(experiment.parameters.map((p: { name: string }) => p.name)).toEqual([
      'a',
      'z',
    ]);
    expect(experiment.parameters[0].categorical_values).toEqual([
      { object: 'categorical_value', name: 'x', enum_index: 1 },
      { object: 'categorical_value', name: 'y', enum_index: 2 },
    ]);
    expect(experiment.parameters[1]).toMatchObject({
      bounds: { object: 'bounds', min: 0.01, max: 1 },
      transformation: 'log',
    });
    expect(experiment.parameters[1]).not.toHaveProperty('precision');
    expect(experiment.metrics).toEqual([
      {
        object: 'metric',
        name: null,
        objective: 'maximize',
        strategy: 'optimize',
        threshold: null,
      },
    ]);
    expect(experiment.progress).toMatchObject({
      object: 'progress',
      observation_count: 0,
      first_observation: null,
      best_observation: null,
    });
    expect(Number.isInteger(experiment.created)).toBe(true);
  });

  it('refuses a broken definition with a message naming the rule', async () => {
    const cases: Array<[object, RegExp]> = [
      [{ name: 'p', parameters: [] }, /at least one parameter/],
      [
        {
          name: 'p',
          parameters: [{ name: 'x', type: 'double', bounds: { min: 2, max: 1 } }],
        },
        /max is less than/,
      ],
      [
        {
          name: 'p',
          parameters: [{ name: 'x', type: 'int', bounds: { min: 0.5, max: 3 } }],
        },
        /integer bounds/,
      ],
      [
        {
          name: 'p',
          parameters: [
            {
              name: 'x',
              type: 'double',
              bounds: { min: 0, max: 1 },
              transformation: 'log',
            },
          ],
        },
        /bounds.min > 0/,
      ],
      [
        {
          name: 'p',
          parameters: [{ name: 'c', type: 'categorical', categorical_values: ['only'] }],
        },
        /at least 2/,
      ],
      [
        {
          ...SIMPLE_EXPERIMENT,
          metrics: [{ name: 'a' }, { name: 'b' }],
          observation_budget: undefined,
        },
        /observation_budget is required/,
      ],
      [{ ...SIMPLE_EXPERIMENT, name: '' }, /1 to 100 characters/],
      [{ ...SIMPLE_EXPERIMENT, id: '4' }, /Unknown json keys `id`/],
      [
        { ...SIMPLE_EXPERIMENT, observation_budget: -1 },
        /observation_budget must be greater than 0/,
      ],
    ];
    for (const [body, message] of cases) {
      const reply = await harness.call('POST', '/v1/experiments', { body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.message).toMatch(message);
      expect(reply.body.status).toBe(400);
    }
  });

  it('updates only the keys sent, archives softly and revives', async () => {
    const { id } = await createExperiment(harness);
    const path = `/v1/experiments/${id}`;
    const renamed = await harness.call('PUT', path, {
      body: { name: 'renamed', observation_budget: 50 },
    });
    expect(renamed.body).toMatchObject({
      name: 'renamed',
      observation_budget: 50,
      parallel_bandwidth: null,
    });

    expect((await harness.call('DELETE', path)).body).toEqual({});
    expect((await harness.call('GET', path)).body.state).toBe('deleted');
    const active = await harness.call('GET', '/v1/experiments?limit=1000');
    expect(active.body.data.map((e: { id: string }) => e.id)).not.toContain(id);

    const blocked = await harness.call('POST', `${path}/suggestions`);
    expect(blocked.status).toBe(400);
    expect(blocked.body.message).toMatch(/deleted experiment/);

    const revived = await harness.call('PUT', path, { body: { state: 'active' } });
    expect(revived.body.state).toBe('active');
  });

  it('lets only thresholds change on metrics', async () => {
    const { id } = await createExperiment(harness, {
      ...SIMPLE_EXPERIMENT,
      metrics: [{ name: 'a' }, { name: 'b', objective: 'minimize' }],
      observation_budget: 10,
    });
    const path = `/v1/experiments/${id}`;
    const ok = await harness.call('PUT', path, {
      body: { metrics: [{ name: 'a', threshold: 0.5 }, { name: 'b' }] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.metrics[0].threshold).toBe(0.5);
    const refused = await harness.call('PUT', path, {
      body: { metrics: [{ name: 'a', objective: 'minimize' }, { name: 'b' }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/objective of metric a cannot change/);
  });
});

describe('experiment lists', () => {
  it('filters by state, search and metadata, and sorts by recent', async () => {
    const tag = `t${Date.now()}`;
    const first = await createExperiment(harness, {
      ...SIMPLE_EXPERIMENT,
      name: `${tag} alpha`,
      metadata: { model: 'xgboost' },
    });
    const second = await createExperiment(harness, {
      ...SIMPLE_EXPERIMENT,
      name: `${tag} beta`,
      metadata: { model: 'resnet', layers: 50 },
    });
    await harness.call('DELETE', `/v1/experiments/${second.id}`);

    const search = await harness.call(
      'GET',
      `/v1/experiments?search=${tag.toUpperCase()}&state=all`,
    );
    expect(search.body.count).toBe(2);
    const active = await harness.call('GET', `/v1/experiments?search=${tag}`);
    expect(active.body.data.map((e: { id: string }) => e.id)).toEqual([first.id]);
    const deleted = await harness.call(
      'GET',
      `/v1/experiments?search=${tag}&state=deleted`,
    );
    expect(deleted.body.data.map((e: { id: string }) => e.id)).toEqual([second.id]);

    const tagged = await harness.call(
      'GET',
      `/v1/experiments?state=all&metadata_key=model&metadata_value=xgboost&search=${tag}`,
    );
    expect(tagged.body.data.map((e: { id: string }) => e.id)).toEqual([first.id]);
    const numeric = await harness.call(
      'GET',
      `/v1/experiments?state=all&metadata_key=layers&metadata_value=50`,
    );
    expect(numeric.body.data.map((e: { id: string }) => e.id)).toEqual([second.id]);

    // `updated` has one-second resolution: wait for the next second before touching it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await harness.call('PUT', `/v1/experiments/${first.id}`, {
      body: { name: `${tag} alpha!` },
    });
    const recent = await harness.call(
      'GET',
      `/v1/experiments?state=all&sort=recent&search=${tag}`,
    );
    expect(recent.body.data[0].id).toBe(first.id);
  });

  it('walks every page with before cursors as iterate_pages() does', async () => {
    const tag = `walk${Date.now()}`;
    const ids: string[] = [];
    for (let index = 0; index < 23; index += 1) {
      ids.push(
        (
          await createExperiment(harness, {
            ...SIMPLE_EXPERIMENT,
            name: `${tag} ${index}`,
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let before: string | null = null;
    let calls = 0;
    do {
      const query: string = `search=${tag}&limit=5${before ? `&before=${before}` : ''}`;
      const page = await harness.call('GET', `/v1/experiments?${query}`);
      expect(page.body.object).toBe('pagination');
      expect(page.body.count).toBe(23);
      seen.push(...page.body.data.map((e: { id: string }) => e.id));
      before = page.body.paging.before;
      calls += 1;
    } while (before !== null);
    expect(calls).toBe(5);
    expect(seen).toEqual([...ids].reverse());
  });
});
