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

const point = (x: number) => ({ x, n: 1 + Math.round(x * 9), kind: x < 0.5 ? 'a' : 'b' });

describe('observations', () => {
  it('records failures without values and counts them in progress but not in best', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}`;
    const good = await harness.call('POST', `${base}/observations`, {
      body: {
        assignments: point(0.2),
        values: [{ name: 'score', value: 3, value_stddev: 0.1 }],
      },
    });
    expect(good.body).toMatchObject({
      object: 'observation',
      failed: false,
      suggestion: null,
      values: [
        { object: 'metric_evaluation', name: 'score', value: 3, value_stddev: 0.1 },
      ],
    });
    const failed = await harness.call('POST', `${base}/observations`, {
      body: { assignments: point(0.9), failed: true, metadata: { instance_id: 'i-3' } },
    });
    expect(failed.body).toMatchObject({ failed: true, values: [] });

    const experiment = (await harness.call('GET', base)).body;
    expect(experiment.progress.observation_count).toBe(2);
    expect(experiment.progress.best_observation.id).toBe(good.body.id);
    const best = await harness.call('GET', `${base}/best_assignments`);
    expect(best.body.data.map((b: { id: string }) => b.id)).toEqual([good.body.id]);

    const both = await harness.call('POST', `${base}/observations`, {
      body: { assignments: point(0.1), failed: true, values: [{ value: 1 }] },
    });
    expect(both.status).toBe(400);
    const neither = await harness.call('POST', `${base}/observations`, {
      body: { assignments: point(0.1) },
    });
    expect(neither.status).toBe(400);
    expect(neither.body.message).toMatch(/needs `values` unless it is `failed: true`/);
  });

  it('sorts by value, parameter and timestamp and pages through each sort', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}`;
    const values = [5, 1, 4, 2, 3];
    for (const [index, value] of values.entries()) {
      await harness.call('POST', `${base}/observations`, {
        body: { assignments: point(index / 10), values: [{ value }] },
      });
    }
    await harness.call('POST', `${base}/observations`, {
      body: { assignments: point(0.9), failed: true },
    });

    // Descending lists are walked with `before`; ascending ones with `after`, as the
    // web client of SigOpt did.
    async function walk(query: string) {
      const cursor = query.includes('ascending=true') ? 'after' : 'before';
      const seen: unknown[] = [];
      let marker: string | null = null;
      do {
        const page: { body: any } = await harness.call(
          'GET',
          `${base}/observations?limit=2&${query}${marker ? `&${cursor}=${marker}` : ''}`,
        );
        seen.push(
          ...page.body.data.map((o: any) => (o.failed ? 'failed' : o.values[0].value)),
        );
        marker = page.body.paging[cursor];
      } while (marker !== null);
      return seen;
    }

    expect(await walk('sort=value')).toEqual(['failed', 5, 4, 3, 2, 1]);
    expect(await walk('sort=value-score&ascending=true')).toEqual([
      1,
      2,
      3,
      4,
      5,
      'failed',
    ]);
    expect(await walk('sort=parameter-x')).toEqual(['failed', 3, 2, 4, 1, 5]);
    expect(await walk('sort=id')).toEqual(['failed', 3, 2, 4, 1, 5]);

    const bad = await harness.call('GET', `${base}/observations?sort=parameter-nope`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/Invalid sort: parameter-nope/);
  });

  it('walks upward with an id marker: everything newer than a given observation', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}/observations`;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const body = { assignments: point(0.5), values: [{ value: index }] };
      ids.push((await harness.call('POST', base, { body })).body.id);
    }
    const marker = Buffer.from(JSON.stringify([Number(ids[0])])).toString('base64url');

    const up = await harness.call('GET', `${base}?limit=2&after=${marker}`);
    expect(up.body.data.map((o: { id: string }) => o.id)).toEqual([ids[2], ids[1]]);
    expect(up.body.count).toBe(5);
    const rest = await harness.call(
      'GET',
      `${base}?limit=2&after=${up.body.paging.after}`,
    );
    expect(rest.body.data.map((o: { id: string }) => o.id)).toEqual([ids[4], ids[3]]);
    expect(rest.body.paging.after).toBeNull();

    const top = await harness.call('GET', `${base}?limit=2`);
    const none = await harness.call('GET', `${base}?after=${top.body.paging.after}`);
    expect(none.body.data).toEqual([]);
  });

  it('updates with SigOpt merge rules and keeps the stored stddev', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}`;
    const [suggestion] = [(await harness.call('POST', `${base}/suggestions`)).body];
    const created = (
      await harness.call('POST', `${base}/observations`, {
        body: {
          suggestion: suggestion.id,
          values: [{ value: 2, value_stddev: 0.5 }],
          metadata: { a: 1 },
        },
      })
    ).body;
    const path = `${base}/observations/${created.id}`;

    const onlyFailed = await harness.call('PUT', path, { body: { failed: true } });
    expect(onlyFailed.status).toBe(400);

    const toFailed = await harness.call('PUT', path, {
      body: { failed: true, values: null },
    });
    expect(toFailed.body).toMatchObject({ failed: true, values: [], metadata: { a: 1 } });
    const stats = async () =>
      (await harness.call('GET', `/sightline/experiment-stats?ids=${id}`)).body.data[0];
    expect(await stats()).toMatchObject({ observation_count: 1, failed_count: 1 });

    const back = await harness.call('PUT', path, {
      body: { failed: false, values: [{ value: 7 }] },
    });
    expect(back.body.values[0]).toMatchObject({ value: 7, value_stddev: null });

    const restd = await harness.call('PUT', path, {
      body: { values: [{ value: 7, value_stddev: 0.2 }] },
    });
    const kept = await harness.call('PUT', path, { body: { values: [{ value: 8 }] } });
    expect(restd.body.values[0].value_stddev).toBe(0.2);
    expect(kept.body.values[0]).toMatchObject({ value: 8, value_stddev: 0.2 });

    const unlinked = await harness.call('PUT', path, {
      body: { suggestion: null, assignments: point(0.3) },
    });
    expect(unlinked.body.suggestion).toBeNull();
    expect(unlinked.body.assignments.x).toBe(0.3);

    expect(await stats()).toMatchObject({ observation_count: 1, failed_count: 0 });
    expect((await harness.call('DELETE', path)).body).toEqual({});
    expect((await harness.call('GET', path)).status).toBe(404);
    expect(await stats()).toMatchObject({ observation_count: 0, failed_count: 0 });
    const suggestionAfter = await harness.call(
      'GET',
      `${base}/suggestions/${suggestion.id}`,
    );
    expect(suggestionAfter.body.state).toBe('closed');
    const experiment = (await harness.call('GET', base)).body;
    expect(experiment.progress.observation_count).toBe(0);
  });

  it('creates a batch in one transaction: one bad item writes nothing', async () => {
    const { id } = await createExperiment(harness);
    const base = `/v1/experiments/${id}`;
    const good = { assignments: point(0.4), values: [{ value: 1 }] };
    const refused = await harness.call('POST', `${base}/observations/batch`, {
      body: {
        observations: [good, good, { assignments: point(0.4), values: [{ value: 'x' }] }],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(
      /^Error in observation 3\/3: Invalid type for \.values\[0\]\.value/,
    );
    expect((await harness.call('GET', `${base}/observations`)).body.count).toBe(0);

    const dry = await harness.call('POST', `${base}/observations/batch`, {
      body: { observations: [good], dry_run: true },
    });
    expect(dry.body.data).toEqual([]);
    const batch = await harness.call('POST', `${base}/observations/batch`, {
      body: { observations: [good, good] },
    });
    expect(batch.body.count).toBe(2);
    expect((await harness.call('GET', `${base}/observations`)).body.count).toBe(2);
  });

  it('reports the budget as the stopping reason once it is used up', async () => {
    const { id } = await createExperiment(harness, {
      ...SIMPLE_EXPERIMENT,
      observation_budget: 2,
    });
    const base = `/v1/experiments/${id}`;
    const before = await harness.call('GET', `${base}/stopping_criteria`);
    expect(before.body).toEqual({
      object: 'stopping_criteria',
      reasons: [],
      should_stop: false,
    });
    await harness.call('POST', `${base}/observations/batch`, {
      body: {
        observations: [
          { assignments: point(0.1), failed: true },
          { assignments: point(0.2), values: [{ value: 1 }] },
        ],
      },
    });
    const after = await harness.call('GET', `${base}/stopping_criteria`);
    expect(after.body).toEqual({
      object: 'stopping_criteria',
      reasons: ['observation_budget_reached'],
      should_stop: true,
    });
  });

  it('returns the Pareto frontier for two optimized metrics', async () => {
    const { id } = await createExperiment(harness, {
      ...SIMPLE_EXPERIMENT,
      metrics: [{ name: 'acc' }, { name: 'latency', objective: 'minimize' }],
      observation_budget: 10,
    });
    const base = `/v1/experiments/${id}`;
    const pairs = [
      [0.9, 10],
      [0.8, 5],
      [0.85, 20],
      [0.95, 30],
    ];
    for (const [acc, latency] of pairs) {
      await harness.call('POST', `${base}/observations`, {
        body: {
          assignments: point(0.5),
          values: [
            { name: 'acc', value: acc },
            { name: 'latency', value: latency },
          ],
        },
      });
    }
    const best = await harness.call('GET', `${base}/best_assignments`);
    const frontier = best.body.data.map(
      (b: any) => b.values.find((v: any) => v.name === 'acc').value,
    );
    expect(frontier).toEqual([0.95, 0.9, 0.8]);
  });
});
