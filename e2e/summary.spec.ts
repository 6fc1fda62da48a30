// The experiment Summary: metadata editing, its checks, and text-only rendering.
import { test, expect, type TestApi } from './fixtures';
import type { Page } from '@playwright/test';

const XSS = '<img src=x onerror=window.__pwned=1>';

async function createExperiment(api: TestApi, metadata: Record<string, string | number>) {
  return api.post<{ id: string }>('/v1/experiments', {
    name: `summary ${Date.now()}`,
    parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    metrics: [{ name: 'accuracy', objective: 'maximize' }],
    observation_budget: 4,
    metadata,
  });
}

function metadataPanel(page: Page) {
  return page.getByRole('region', { name: 'Metadata' });
}

test('edited metadata is saved, typed as entered, and still there after a reload', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, { model: 'xgboost', epochs: 10 });
  await page.goto(`/experiments/${experiment.id}/summary`);

  const panel = metadataPanel(page);
  await panel.getByRole('button', { name: 'Edit metadata' }).click();
  // Rows are sorted by key: epochs, then model.
  await expect(panel.getByLabel('Key 1', { exact: true })).toHaveValue('epochs');
  await panel.getByLabel('Value 1', { exact: true }).fill('20');
  await panel.getByRole('button', { name: 'Remove key 2' }).click();
  await panel.getByRole('button', { name: 'Add key' }).click();
  await panel.getByLabel('Key 2', { exact: true }).fill('commit');
  await panel.getByLabel('Value 2', { exact: true }).fill('"0042"');
  await panel.getByRole('button', { name: 'Add key' }).click();
  await panel.getByLabel('Key 3', { exact: true }).fill('owner');
  await panel.getByLabel('Value 3', { exact: true }).fill('ml team');
  await panel.getByRole('button', { name: 'Save metadata' }).click();
  await expect(panel.getByRole('button', { name: 'Edit metadata' })).toBeVisible();

  const stored = await api.get(`/v1/experiments/${experiment.id}`);
  expect(stored.metadata).toEqual({ epochs: 20, commit: '0042', owner: 'ml team' });

  await page.reload();
  const rows = metadataPanel(page).locator('tbody tr');
  await expect(rows).toHaveText([
    /commit\s*0042\s*text/,
    /epochs\s*20\s*number/,
    /owner\s*ml team/,
  ]);
});

test('a 101-character key shows the rule it breaks and changes nothing', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, { model: 'xgboost' });
  await page.goto(`/experiments/${experiment.id}/summary`);

  const panel = metadataPanel(page);
  await panel.getByRole('button', { name: 'Edit metadata' }).click();
  await panel.getByLabel('Key 1', { exact: true }).fill('k'.repeat(101));

  await expect(panel.getByRole('alert')).toContainText(
    'is 101 characters long; keys may have at most 100',
  );
  const save = panel.getByRole('button', { name: 'Save metadata' });
  await expect(save).toBeDisabled();
  // Enter in a field submits the form; the check must still hold the edit back.
  await panel.getByLabel('Value 1', { exact: true }).press('Enter');
  await expect(panel.getByLabel('Key 1', { exact: true })).toHaveValue('k'.repeat(101));

  const stored = await api.get(`/v1/experiments/${experiment.id}`);
  expect(stored.metadata).toEqual({ model: 'xgboost' });
  await page.reload();
  await expect(metadataPanel(page).locator('tbody tr')).toHaveText([/model\s*xgboost/]);
});

test('metadata that looks like HTML is shown as text on the Summary', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, { note: XSS });
  await api.post(`/v1/experiments/${experiment.id}/observations`, {
    assignments: { x: 0.5 },
    values: [{ name: 'accuracy', value: 0.9 }],
    metadata: { worker: XSS },
  });
  await page.goto(`/experiments/${experiment.id}/summary`);

  await expect(metadataPanel(page).locator('tbody tr')).toHaveText([
    /note\s*<img src=x onerror/,
  ]);
  const recent = page.getByRole('region', { name: 'Recent observations' });
  await expect(recent.locator('[title]', { hasText: '<img src=x' })).toHaveAttribute(
    'title',
    XSS,
  );
  const best = page.getByRole('region', { name: 'Best assignments' });
  await expect(best).toContainText('worker');
  await expect(page.locator('.experiment-page img')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
});

test('an experiment without observations shows the Python that reports one', async ({
  loggedIn: page,
  api,
  server,
}) => {
  const experiment = await createExperiment(api, {});
  await page.goto(`/experiments/${experiment.id}/summary`);

  const code = page.locator('.summary-first-observation pre');
  await expect(code).toContainText(`os.environ["SIGOPT_API_URL"] = "${server.url}"`);
  await expect(code).toContainText(
    `conn.experiments("${experiment.id}").suggestions().create(`,
  );
  await expect(code).toContainText('values=[{"name": "accuracy", "value": 0.0}]');

  // The page follows the experiment: once an observation arrives, the help gives way.
  await api.post(`/v1/experiments/${experiment.id}/observations`, {
    assignments: { x: 0.25 },
    values: [{ name: 'accuracy', value: 0.5 }],
  });
  await expect(page.getByRole('region', { name: 'Recent observations' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('1 of 4 observations (25%)')).toBeVisible();
});

test('the tab is part of the URL', async ({ loggedIn: page, api }) => {
  const experiment = await createExperiment(api, {});
  await page.goto(`/experiments/${experiment.id}`);
  await expect(page).toHaveURL(new RegExp(`/experiments/${experiment.id}/summary$`));

  await page.getByRole('link', { name: 'Properties' }).click();
  await expect(page).toHaveURL(new RegExp(`/experiments/${experiment.id}/properties$`));
  await expect(page.getByRole('cell', { name: 'accuracy' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Properties' })).toHaveClass(/active/);
});

test('an archived experiment says so and can be unarchived', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, {});
  await api.request('DELETE', `/v1/experiments/${experiment.id}`);
  await page.goto(`/experiments/${experiment.id}/summary`);

  await expect(page.locator('.experiment-header .badge-archived')).toHaveText('archived');
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.locator('.experiment-header .badge-archived')).toHaveCount(0);
  expect((await api.get(`/v1/experiments/${experiment.id}`)).state).toBe('active');
});

test('an unknown experiment shows the server message', async ({
  loggedIn: page,
  server,
}) => {
  const response = await fetch(`${server.url}/v1/experiments/999999`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${server.token}:`).toString('base64')}`,
    },
  });
  expect(response.status).toBe(404);
  const { message } = (await response.json()) as { message: string };

  await page.goto('/experiments/999999/summary');
  await expect(page.getByText('There is no experiment 999999')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`(404): ${message}`);
});
