// The Analysis tab through the real server and browser: metadata as plot axes, brushing
// linked to the table, views reproduced from a link, and user text shown as typed.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, type TestApi } from './fixtures';

interface ApiObservation {
  id: string;
  failed: boolean;
  values: Array<{ name: string; value: number }>;
  metadata: Record<string, string | number> | null;
}

const HOSTS = ['<b>x</b>', 'plain', 'w10'];

/** 24 observations: eval_seconds 1…24, three without instance_id, every fifth failed. */
async function makeExperiment(api: TestApi): Promise<string> {
  const experiment = await api.post('/v1/experiments', {
    name: `analysis ${Date.now()}`,
    parameters: [
      {
        name: 'lr',
        type: 'double',
        bounds: { min: 0.0001, max: 1 },
        transformation: 'log',
      },
      { name: 'optimizer', type: 'categorical', categorical_values: ['sgd', 'adam'] },
    ],
    metrics: [{ name: 'accuracy', objective: 'maximize' }],
  });

  const observations = Array.from({ length: 24 }, (_, i) => {
    const failed = i % 5 === 4;
    const metadata: Record<string, string | number> = {
      eval_seconds: i + 1,
      host: HOSTS[i % HOSTS.length] as string,
    };
    if (i % 8 !== 3)
      metadata.instance_id = `i-${String.fromCharCode(97 + (i % 6))}${i % 4}`;
    return {
      assignments: { lr: 10 ** (-3 + (i % 7) * 0.4), optimizer: i % 2 ? 'adam' : 'sgd' },
      ...(failed
        ? { failed: true }
        : { values: [{ name: 'accuracy', value: 0.5 + i / 100 }] }),
      metadata,
    };
  });
  await api.post(`/v1/experiments/${experiment.id}/observations/batch`, { observations });
  return experiment.id as string;
}

async function allObservations(api: TestApi, id: string): Promise<ApiObservation[]> {
  const page = await api.get(`/v1/experiments/${id}/observations?limit=1000`);
  return page.data as ApiObservation[];
}

/** Waits until the graph has drawn at least `after + 1` times, and returns the count. */
async function waitForDraw(page: Page, testId: string, after = 0): Promise<number> {
  const graph = page.getByTestId(testId);
  await expect(graph).toHaveAttribute('data-status', 'drawn');
  await expect
    .poll(async () => Number(await graph.getAttribute('data-draw-count')))
    .toBeGreaterThan(after);
  return Number(await graph.getAttribute('data-draw-count'));
}

async function readDownload(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

function accuracy(observation: ApiObservation): number | undefined {
  return observation.values.find((value) => value.name === 'accuracy')?.value;
}

test('metadata instance_id as the x axis plots each observation at its instance_id', async ({
  loggedIn: page,
  api,
}) => {
  const id = await makeExperiment(api);
  await page.goto(`/experiments/${id}/analysis`);
  const drawn = await waitForDraw(page, 'history-graph');

  await page.getByTestId('history-x').selectOption('d.instance_id');
  await expect(page).toHaveURL(/hx=d\.instance_id/);
  await waitForDraw(page, 'history-graph', drawn);

  // Points are drawn at category codes; the axis ticks name the categories.
  const plotted = await page.getByTestId('history-graph').evaluate((div) => {
    const graph = div as unknown as {
      data: Array<{ x: ArrayLike<number>; y: ArrayLike<number>; yaxis?: string }>;
      layout: { xaxis: { ticktext: string[] } };
    };
    const names = graph.layout.xaxis.ticktext;
    return graph.data.flatMap((trace) =>
      Array.from(trace.x, (code, i) => `${names[code]}|${trace.y[i]}`),
    );
  });

  const expected = (await allObservations(api, id))
    .filter((o) => !o.failed && typeof o.metadata?.instance_id === 'string')
    .map((o) => `${o.metadata?.instance_id}|${accuracy(o)}`);
  expect(expected.length).toBeGreaterThan(10);
  expect(plotted.sort()).toEqual(expected.sort());

  await expect(page.getByTestId('history-graph-left-out')).toContainText(
    /\d+ no instance_id/,
  );

  // The CSV export holds the plotted rows; the SVG export is a picture of the plot.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const lines = (await readDownload(csv)).trim().split('\r\n');
  expect(lines[0]).toBe('id,created,failed,instance_id,accuracy');
  expect(lines.length - 1).toBe(expected.length);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe(`experiment-${id}-history.svg`);
  expect(await readDownload(svg)).toContain('<svg');
});

test('a brush on eval_seconds lists exactly the observations in range; a link restores it', async ({
  loggedIn: page,
  api,
  context,
}) => {
  const id = await makeExperiment(api);
  await page.goto(`/experiments/${id}/analysis?plot=pc`);
  let drawn = await waitForDraw(page, 'parallel-graph');

  await page.getByTestId('parallel-add').selectOption('d.eval_seconds');
  drawn = await waitForDraw(page, 'parallel-graph', drawn);
  // The box is controlled by the URL, which the router updates a moment after the
  // click, so wait for the checked state rather than expect it on the click itself.
  const lrLog = page
    .getByTestId('parallel-dimension')
    .filter({ hasText: 'lr' })
    .getByRole('checkbox', { name: 'log' });
  await lrLog.click();
  await expect(lrLog).toBeChecked();
  drawn = await waitForDraw(page, 'parallel-graph', drawn);

  // What plotly's axis brush does when a drag ends: write the range into the graph's
  // data and emit plotly_restyle.
  await page.getByTestId('parallel-graph').evaluate((div) => {
    const graph = div as unknown as {
      data: Array<{ dimensions: Array<{ name: string; constraintrange?: number[] }> }>;
      emit: (event: string, data: unknown) => void;
    };
    const dimensions = graph.data[0]!.dimensions;
    const index = dimensions.findIndex((dim) => dim.name === 'd.eval_seconds');
    dimensions[index]!.constraintrange = [5.5, 12.5];
    graph.emit('plotly_restyle', [
      { [`dimensions[${index}].constraintrange`]: [[5.5, 12.5]] },
      [0],
    ]);
  });
  await expect(page).toHaveURL(/pb=5\.5_12\.5%40d\.eval_seconds/);

  const expected = (await allObservations(api, id))
    .filter((o) => !o.failed)
    .filter((o) => {
      const seconds = Number(o.metadata?.eval_seconds);
      return seconds >= 5.5 && seconds <= 12.5;
    })
    .map((o) => o.id)
    .sort();
  expect(expected.length).toBeGreaterThan(3);

  const tableIds = async (target: Page) => {
    const rows = target.getByTestId('parallel-row');
    await expect(rows).toHaveCount(expected.length);
    const ids = await rows.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-observation-id') ?? ''),
    );
    return ids.sort();
  };
  expect(await tableIds(page)).toEqual(expected);
  await expect(page.getByTestId('parallel-table-count')).toHaveText(
    `${expected.length} observations inside the brushed ranges`,
  );

  // The copied link reproduces dimensions, order, log scale and brush in a new page.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('analysis-copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const readGraph = (target: Page) =>
    target.getByTestId('parallel-graph').evaluate((div) => {
      const graph = div as unknown as {
        data: Array<{
          dimensions: Array<{ name: string; label: string; constraintrange?: unknown }>;
        }>;
      };
      return graph.data[0]!.dimensions.map((dim) => ({
        name: dim.name,
        label: dim.label,
        constraintrange: dim.constraintrange ?? null,
      }));
    });
  const before = await readGraph(page);
  expect(before.find((dim) => dim.name === 'p.lr')?.label).toBe('lr (log10)');

  const second = await context.newPage();
  await second.goto(link);
  await waitForDraw(second, 'parallel-graph');
  expect(await readGraph(second)).toEqual(before);
  expect(await tableIds(second)).toEqual(expected);
});

test('a metadata string that looks like markup shows as typed in tick labels', async ({
  loggedIn: page,
  api,
}) => {
  const id = await makeExperiment(api);
  await page.goto(`/experiments/${id}/analysis?plot=h&hx=d.host`);
  await waitForDraw(page, 'history-graph');

  const ticks = page.getByTestId('history-graph').locator('.xtick text');
  await expect(ticks).toHaveText(['<b>x</b>', 'plain', 'w10']);
  // Shown as text, not turned into bold markup.
  await expect(
    page.getByTestId('history-graph').locator('.xtick text tspan'),
  ).toHaveCount(0);

  await page.goto(`/experiments/${id}/analysis?plot=pc&pd=d.host&pd=d.eval_seconds`);
  await waitForDraw(page, 'parallel-graph');
  const parallelTicks = await page
    .getByTestId('parallel-graph')
    .locator('.tick text')
    .allTextContents();
  expect(parallelTicks).toContain('<b>x</b>');
});

test('clicking a point opens that observation', async ({ loggedIn: page, api }) => {
  const id = await makeExperiment(api);
  await page.goto(`/experiments/${id}/analysis?plot=h&hx=d.eval_seconds&hy=m.accuracy`);
  await waitForDraw(page, 'history-graph');

  // Where plotly put the observation with eval_seconds 8 (row 7, accuracy 0.57).
  const target = (await allObservations(api, id)).find(
    (o) => o.metadata?.eval_seconds === 8,
  )!;
  const graph = page.getByTestId('history-graph');
  const position = await graph.evaluate((div, y) => {
    const layout = (
      div as unknown as {
        _fullLayout: {
          xaxis: { _offset: number; l2p: (v: number) => number };
          yaxis: { _offset: number; l2p: (v: number) => number };
        };
      }
    )._fullLayout;
    return {
      x: layout.xaxis._offset + layout.xaxis.l2p(8),
      y: layout.yaxis._offset + layout.yaxis.l2p(y),
    };
  }, accuracy(target)!);
  await graph.click({ position });

  const drawer = page.getByTestId('observation-drawer');
  await expect(drawer).toBeVisible();
  await expect(
    drawer.getByRole('heading', { name: `Observation ${target.id}` }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`observation=${target.id}`));
});

test('new observations keep the brush and the 3D camera where the user left them', async ({
  loggedIn: page,
  api,
}) => {
  // Poll every 2 s so the new observation arrives quickly.
  await page.addInitScript(() => {
    localStorage.setItem(
      'sightline.settings',
      JSON.stringify({ state: { pollIntervalMs: 2000 }, version: 0 }),
    );
  });
  const id = await makeExperiment(api);
  const addObservation = (seconds: number) =>
    api.post(`/v1/experiments/${id}/observations`, {
      assignments: { lr: 0.01, optimizer: 'adam' },
      values: [{ name: 'accuracy', value: 0.9 }],
      metadata: { eval_seconds: seconds, instance_id: 'i-new' },
    });

  // A brushed table gains the new observation inside the range and keeps the brush.
  await page.goto(
    `/experiments/${id}/analysis?plot=pc&pd=m.accuracy&pd=d.eval_seconds` +
      '&pb=5.5_12.5%40d.eval_seconds',
  );
  await waitForDraw(page, 'parallel-graph');
  const rows = page.getByTestId('parallel-row');
  const before = await rows.count();
  const added = await addObservation(7);
  await expect(rows).toHaveCount(before + 1);
  await expect(page.locator(`[data-observation-id="${added.id}"]`)).toBeVisible();
  const brush = await page.getByTestId('parallel-graph').evaluate((div) => {
    const graph = div as unknown as {
      _fullData: Array<{
        dimensions: Array<{ name: string; constraintrange?: unknown }>;
      }>;
    };
    return graph._fullData[0]!.dimensions.find((d) => d.name === 'd.eval_seconds')
      ?.constraintrange;
  });
  expect(brush).toEqual([5.5, 12.5]);

  // A rotated camera (as plotly reports a drag) is kept through a data refresh.
  await page.goto(`/experiments/${id}/analysis?plot=s`);
  const drawn = await waitForDraw(page, 'scene-graph');
  const camera = {
    eye: { x: 2.1, y: -0.4, z: 0.6 },
    center: { x: 0, y: 0, z: 0 },
    up: { x: 0, y: 0, z: 1 },
  };
  await page.getByTestId('scene-graph').evaluate((div, value) => {
    const graph = div as unknown as {
      layout: { scene: { camera?: unknown } };
      emit: (event: string, data: unknown) => void;
    };
    graph.layout.scene.camera = value;
    graph.emit('plotly_relayout', { 'scene.camera': value });
  }, camera);
  await expect(page).toHaveURL(/scam=2\.1%2C-0\.4%2C0\.6/);

  const afterCamera = await waitForDraw(page, 'scene-graph', drawn);
  await addObservation(8);
  await waitForDraw(page, 'scene-graph', afterCamera);
  const eye = await page
    .getByTestId('scene-graph')
    .evaluate(
      (div) =>
        (div as unknown as { _fullLayout: { scene: { camera: { eye: unknown } } } })
          ._fullLayout.scene.camera.eye,
    );
  expect(eye).toEqual(camera.eye);
});

test('a saved view reopens the plot it was saved from', async ({
  loggedIn: page,
  api,
}) => {
  const id = await makeExperiment(api);
  await page.goto(
    `/experiments/${id}/analysis?plot=h&hx=d.eval_seconds&hc=d.host&hlog=x`,
  );
  await waitForDraw(page, 'history-graph');

  await page.getByLabel('View name').fill('time by host');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByTestId('history-x').selectOption('index');
  await expect(page).not.toHaveURL(/hx=d\.eval_seconds/);

  await page.getByRole('button', { name: 'time by host', exact: true }).click();
  await expect(page).toHaveURL(/hx=d\.eval_seconds/);
  await expect(page.getByTestId('history-x')).toHaveValue('d.eval_seconds');
  await expect(page.getByTestId('history-colour')).toHaveValue('d.host');
  await expect(page.getByTestId('history-log-x')).toBeChecked();
  await expect(
    page.getByText('Saved views are kept in this browser only.'),
  ).toBeVisible();
});
