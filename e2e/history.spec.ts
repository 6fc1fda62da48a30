// The History tab against the real server: failures by worker, text-only metadata, and
// live rows that arrive while a filter is applied.
import { test, expect, type TestApi } from './fixtures';
import type { Page } from '@playwright/test';

const XSS = '<img src=x onerror=window.__pwned=1>';

interface Created {
  id: string;
}

async function createExperiment(api: TestApi, name: string) {
  return api.post<Created>('/v1/experiments', {
    name,
    parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    metrics: [{ name: 'accuracy', objective: 'maximize' }],
  });
}

function report(
  api: TestApi,
  experimentId: string,
  worker: string,
  failed: boolean,
  extra: Record<string, string | number> = {},
) {
  return api.post<Created>(`/v1/experiments/${experimentId}/observations`, {
    assignments: { x: Math.random() },
    ...(failed
      ? { failed: true }
      : { values: [{ name: 'accuracy', value: Math.random() }] }),
    metadata: { instance_id: worker, ...extra },
  });
}

/**
 * Three workers: i-1 never fails, i-2 fails once, i-3 fails three times. Returns the ids of
 * i-3's failed observations.
 */
async function seedThreeWorkers(api: TestApi, experimentId: string): Promise<string[]> {
  const plan: Array<[string, boolean]> = [
    ['i-1', false],
    ['i-2', false],
    ['i-3', true],
    ['i-1', false],
    ['i-2', true],
    ['i-3', false],
    ['i-3', true],
    ['i-1', false],
    ['i-3', true],
    ['i-2', false],
  ];
  const i3Failed: string[] = [];
  for (const [worker, failed] of plan) {
    const observation = await report(api, experimentId, worker, failed);
    if (worker === 'i-3' && failed) i3Failed.push(observation.id);
  }
  return i3Failed;
}

function historyRows(page: Page) {
  return page.getByTestId('history-table').locator('[role="rowgroup"] [data-row-key]');
}

async function rowKeys(page: Page): Promise<string[]> {
  return historyRows(page).evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-row-key') ?? ''),
  );
}

test('the failures breakdown counts i-3 failures and one click leaves exactly those rows', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, 'three workers');
  const i3Failed = await seedThreeWorkers(api, experiment.id);

  await page.goto(`/experiments/${experiment.id}/history`);
  await expect(historyRows(page)).toHaveCount(10);

  const breakdown = page.getByTestId('failures-breakdown');
  const i3 = breakdown.locator('tr[data-value="i-3"]');
  await expect(i3.locator('td')).toHaveText(['i-3', '4', '3', '75%', /ago|just now/]);
  await expect(breakdown.locator('tr[data-value="i-1"] td').nth(2)).toHaveText('0');

  await i3.getByRole('button', { name: '3', exact: true }).click();

  await expect(historyRows(page)).toHaveCount(3);
  expect((await rowKeys(page)).sort()).toEqual([...i3Failed].sort());
  for (const row of await historyRows(page).all()) {
    await expect(row).toContainText('Failed');
    await expect(row).toContainText('i-3');
  }
  await expect(page).toHaveURL(/status=failed/);
  await expect(page).toHaveURL(/key=instance_id/);
  await expect(page).toHaveURL(/value=i-3/);
});

test('a metadata value that looks like HTML shows as text in the table and the drawer', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, 'text only');
  const observation = await report(api, experiment.id, 'i-1', false, { note: XSS });

  await page.goto(`/experiments/${experiment.id}/history`);
  const row = historyRows(page).filter({ hasText: '<img src=x' });
  await expect(row).toHaveCount(1);
  // The cell cuts the long value; its hover title holds the whole text.
  await expect(row.locator(`[title="${XSS}"]`).first()).toBeVisible();

  await row.click();
  const drawer = page.getByTestId('observation-drawer');
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`observation=${observation.id}`));
  await expect(drawer.getByRole('table', { name: 'Metadata' })).toContainText(XSS);

  expect(await page.locator('img').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
});

test('a row posted while the tab is open and filtered appears within the poll interval', async ({
  loggedIn: page,
  api,
}) => {
  const pollMs = 2000;
  await page.addInitScript((ms) => {
    localStorage.setItem(
      'sightline.settings',
      JSON.stringify({ state: { pollIntervalMs: ms }, version: 0 }),
    );
  }, pollMs);

  const experiment = await createExperiment(api, 'live');
  const i3Failed = await seedThreeWorkers(api, experiment.id);

  await page.goto(`/experiments/${experiment.id}/history`);
  await page
    .getByTestId('failures-breakdown')
    .locator('tr[data-value="i-3"]')
    .getByRole('button', { name: '3', exact: true })
    .click();
  await expect(historyRows(page)).toHaveCount(3);

  // One row that matches the filter, and two that must stay hidden.
  await report(api, experiment.id, 'i-1', true);
  const fresh = await report(api, experiment.id, 'i-3', true);
  await report(api, experiment.id, 'i-3', false);
  const postedAt = Date.now();

  // One poll interval, plus time for the two requests of a refresh and a render.
  await expect(historyRows(page)).toHaveCount(4, { timeout: pollMs + 1500 });
  const waitedMs = Date.now() - postedAt;
  expect(waitedMs).toBeLessThanOrEqual(pollMs + 1500);

  expect((await rowKeys(page)).sort()).toEqual([...i3Failed, fresh.id].sort());
  await expect(page.getByRole('button', { name: 'Failed', pressed: true })).toBeVisible();
  await expect(page.getByLabel('Metadata value')).toHaveValue('i-3');
  await expect(
    page.getByTestId('failures-breakdown').locator('tr[data-value="i-3"] td').nth(2),
  ).toHaveText('4');
});

test('columns sort numbers as numbers, and hidden columns stay hidden after a reload', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api, 'sorting');
  const accuracies = [0.9, 10, 2, 0.05];
  for (const value of accuracies) {
    await api.post(`/v1/experiments/${experiment.id}/observations`, {
      assignments: { x: 0.5 },
      values: [{ name: 'accuracy', value }],
      metadata: { instance_id: 'i-1' },
    });
  }

  await page.goto(`/experiments/${experiment.id}/history`);
  await expect(historyRows(page)).toHaveCount(4);
  const table = page.getByTestId('history-table');
  await table.getByRole('button', { name: 'accuracy', exact: true }).click();

  const accuracyColumn = await table
    .getByRole('columnheader')
    .evaluateAll((headers) =>
      headers.findIndex((header) => header.textContent?.startsWith('accuracy')),
    );
  const column = async () =>
    historyRows(page).evaluateAll(
      (rows, index) =>
        rows.map((row) => row.querySelectorAll('[role="cell"]')[index]?.textContent),
      accuracyColumn,
    );
  await expect.poll(column).toEqual(['10', '2', '0.9', '0.05']);
  await table
    .getByRole('button', { name: /^accuracy/ })
    .first()
    .click();
  await expect.poll(column).toEqual(['0.05', '0.9', '2', '10']);

  await page.getByText(/^Columns/).click();
  await page.getByRole('checkbox', { name: 'instance_id' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'instance_id' })).toHaveCount(0);

  // The choice is remembered without the URL too.
  await page.goto(`/experiments/${experiment.id}/history`);
  await expect(historyRows(page)).toHaveCount(4);
  await expect(
    table.getByRole('columnheader', { name: 'accuracy', exact: true }),
  ).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'instance_id' })).toHaveCount(0);
});
