// The Suggestions tab against the real server: open suggestions by worker, with ages.
import { test, expect, type TestApi } from './fixtures';

interface Created {
  id: string;
}

async function createExperiment(api: TestApi) {
  return api.post<Created>('/v1/experiments', {
    name: 'suggestions by worker',
    parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    metrics: [{ name: 'accuracy', objective: 'maximize' }],
  });
}

function suggest(api: TestApi, experimentId: string, worker: string) {
  return api.post<Created>(`/v1/experiments/${experimentId}/suggestions`, {
    metadata: { instance_id: worker },
  });
}

test('open suggestions show their instance_id and a running age', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api);
  const open = [];
  for (const worker of ['i-1', 'i-2', 'i-3', 'i-3'])
    open.push(await suggest(api, experiment.id, worker));

  // One suggestion is evaluated, so it is closed and must not be listed as open.
  const closed = await suggest(api, experiment.id, 'i-2');
  await api.post(`/v1/experiments/${experiment.id}/observations`, {
    suggestion: closed.id,
    values: [{ name: 'accuracy', value: 0.5 }],
  });

  await page.goto(`/experiments/${experiment.id}/suggestions`);
  const table = page.getByTestId('suggestions-table');
  const rows = table.locator('[role="rowgroup"] [data-row-key]');
  await expect(rows).toHaveCount(4);

  for (const [index, worker] of ['i-1', 'i-2', 'i-3', 'i-3'].entries()) {
    const row = table.locator(`[data-row-key="${open[index]!.id}"]`);
    await expect(row).toContainText(worker);
    await expect(row).toContainText(/running for \d+ s/);
  }
  await expect(table.locator(`[data-row-key="${closed.id}"]`)).toHaveCount(0);

  const summary = page.getByTestId('suggestions-by-key');
  await expect(summary.locator('tr[data-value="i-3"] td').nth(1)).toHaveText('2');
  await expect(summary.locator('tr[data-value="i-2"] td').nth(1)).toHaveText('1');

  // A click on a worker filters the table to its suggestions.
  await summary.locator('tr[data-value="i-3"]').getByRole('button').click();
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/value=i-3/);
});

test('a write token deletes a suggestion from its drawer', async ({
  loggedIn: page,
  api,
}) => {
  const experiment = await createExperiment(api);
  const keep = await suggest(api, experiment.id, 'i-1');
  const doomed = await suggest(api, experiment.id, 'i-2');

  await page.goto(`/experiments/${experiment.id}/suggestions`);
  await page
    .getByTestId('suggestions-table')
    .locator(`[data-row-key="${doomed.id}"]`)
    .click();

  const drawer = page.getByTestId('suggestion-drawer');
  await expect(drawer.getByRole('table', { name: 'Metadata' })).toContainText('i-2');
  await drawer.getByRole('button', { name: 'Delete suggestion' }).click();
  await drawer.getByRole('button', { name: 'Yes, delete' }).click();

  await expect(drawer).toHaveCount(0);
  const rows = page
    .getByTestId('suggestions-table')
    .locator('[role="rowgroup"] [data-row-key]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-row-key', keep.id);

  const remaining = await api.get<{ data: Created[] }>(
    `/v1/experiments/${experiment.id}/suggestions?state=open`,
  );
  expect(remaining.data.map((item) => item.id)).toEqual([keep.id]);
});
