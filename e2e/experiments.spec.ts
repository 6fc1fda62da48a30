// The experiments list and login, through the real server and browser.
import { test, expect } from './fixtures';

const XSS = '<img src=x onerror=window.__pwned=1>';

function experimentBody(name: string, metadata: Record<string, string | number> | null) {
  return {
    name,
    parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    metrics: [{ name: 'accuracy', objective: 'maximize' }],
    observation_budget: 10,
    metadata,
  };
}

test('filtering the list by a metadata tag shows exactly the tagged experiments', async ({
  loggedIn: page,
  api,
}) => {
  const tag = `xgb-${Date.now()}`;
  const tagged = ['tagged A', 'tagged B', 'tagged C'];
  for (const name of tagged) {
    await api.post('/v1/experiments', experimentBody(name, { model: tag, epochs: 30 }));
  }
  await api.post('/v1/experiments', experimentBody('other model', { model: 'lightgbm' }));
  await api.post(
    '/v1/experiments',
    experimentBody('tag as key only', { [tag]: 'model' }),
  );
  await api.post('/v1/experiments', experimentBody('no metadata', null));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Experiments' })).toBeVisible();
  await page.getByLabel('Metadata key').fill('model');
  await page.getByLabel('Metadata value').fill(tag);
  await page.getByRole('button', { name: 'Filter', exact: true }).click();

  await expect(page).toHaveURL(/meta_key=model/);
  const names = page.locator('.experiments-table tbody .experiments-name a');
  await expect(names).toHaveCount(3);
  expect((await names.allTextContents()).sort()).toEqual(tagged);
  await expect(page.getByText('1–3 of 3 experiments')).toBeVisible();

  // The filter is in the URL: a reload (or a shared link) shows the same rows.
  await page.reload();
  await expect(names).toHaveCount(3);

  // A number is matched by its text, and the chip of another tag filters by that tag.
  await page.getByRole('button', { name: 'Remove filter' }).click();
  await page.getByLabel('Metadata key').fill('model');
  await page.getByLabel('Metadata value').fill('lightgbm');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(names).toHaveText(['other model']);
});

test('a metadata value that looks like HTML is shown as text on the list', async ({
  loggedIn: page,
  api,
}) => {
  const name = `xss list ${Date.now()}`;
  await api.post('/v1/experiments', experimentBody(name, { note: XSS }));

  await page.goto(`/?q=${encodeURIComponent(name)}`);
  const row = page.locator('.experiments-table tbody tr', { hasText: name });
  await expect(row).toHaveCount(1);

  // The chip is cut to fit; its full value is in the title, both as plain text.
  const chip = row.locator('.metadata-chip', { hasText: 'note' });
  await expect(chip).toContainText('<img src=x onerror');
  await expect(chip.locator('[title]')).toHaveAttribute('title', XSS);
  await expect(row.locator('img')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
});

test('searching by name and showing archived experiments', async ({
  loggedIn: page,
  api,
}) => {
  const stamp = Date.now();
  await api.post('/v1/experiments', experimentBody(`search-live-${stamp}`, null));
  const archived = await api.post(
    '/v1/experiments',
    experimentBody(`search-gone-${stamp}`, null),
  );
  await api.request('DELETE', `/v1/experiments/${archived.id}`);

  await page.goto('/');
  await page.getByLabel('Search by name').fill(`${stamp}`);
  const names = page.locator('.experiments-table tbody .experiments-name a');
  await expect(names).toHaveText([`search-live-${stamp}`]);

  await page.getByLabel('Show').selectOption('all');
  await expect(names).toHaveCount(2);
  await expect(page.locator('.experiments-table .badge-archived')).toHaveCount(1);
  await expect(page).toHaveURL(/state=all/);
});

test('the login link logs in, and a bad token shows the server message', async ({
  page,
  server,
}) => {
  await page.goto(`/login?token=${encodeURIComponent(server.token)}`);
  await expect(page.getByRole('heading', { name: 'Experiments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  expect(page.url()).not.toContain(server.token);
  expect(await page.evaluate(() => localStorage.getItem('sightline.token'))).toBe(
    server.token,
  );

  // What the server says about an unknown token, asked the way the dashboard asks.
  const response = await fetch(`${server.url}/sightline/session`, {
    headers: { Authorization: `Basic ${Buffer.from('not-a-token:').toString('base64')}` },
  });
  expect(response.ok).toBe(false);
  const { message } = (await response.json()) as { message: string };
  expect(message.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto('/login?token=not-a-token');
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page).toHaveURL(/\/login/);
  expect(await page.evaluate(() => localStorage.getItem('sightline.token'))).toBeNull();
});

test('paging walks through every matching experiment and back, in either order', async ({
  loggedIn: page,
  api,
}) => {
  const tag = `paging-${Date.now()}`;
  const created: string[] = [];
  for (let index = 0; index < 30; index += 1) {
    const name = `page run ${String(index).padStart(2, '0')}`;
    const experiment = await api.post(
      '/v1/experiments',
      experimentBody(name, { batch: tag }),
    );
    created.push(experiment.id);
  }
  const ids = page.locator('.experiments-table tbody tr');
  const readIds = async () =>
    ids.evaluateAll((rows) => rows.map((row) => row.dataset.experimentId));

  await page.goto(`/?meta_key=batch&meta_value=${tag}`);
  await expect(page.getByText('1–25 of 30 experiments')).toBeVisible();
  const first = await readIds();
  expect(first).toEqual([...created].reverse().slice(0, 25));

  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByText('26–30 of 30 experiments')).toBeVisible();
  expect(await readIds()).toEqual([...created].reverse().slice(25));
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();

  await page.getByRole('button', { name: '← Previous' }).click();
  await expect(page.getByText('1–25 of 30 experiments')).toBeVisible();
  expect(await readIds()).toEqual(first);

  // Oldest first, then by name (sorted in the browser over every match).
  await page.getByRole('button', { name: 'Descending ↓' }).click();
  await expect(page.getByText('1–25 of 30 experiments')).toBeVisible();
  await expect.poll(readIds).toEqual(created.slice(0, 25));
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect.poll(readIds).toEqual(created.slice(25));

  await page.getByLabel('Sort by').selectOption('name');
  await page.getByRole('button', { name: 'Ascending ↑' }).click();
  await expect(page.locator('.experiments-name a').first()).toHaveText('page run 29');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.locator('.experiments-name a')).toHaveText([
    'page run 04',
    'page run 03',
    'page run 02',
    'page run 01',
    'page run 00',
  ]);
});
