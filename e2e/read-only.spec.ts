// A read-only token sees every screen but none of the controls that would change data.
import { READ_TOKEN, test, expect } from './fixtures';

test('a read-only token browses an experiment without edit or delete controls', async ({
  page,
  api,
}) => {
  const name = `viewer check ${Date.now()}`;
  const experiment = await api.post<{ id: string }>('/v1/experiments', {
    name,
    parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
    metadata: { model: 'xgboost' },
  });
  const suggestion = await api.post<{ id: string }>(
    `/v1/experiments/${experiment.id}/suggestions`,
    { metadata: { instance_id: 'i-7' } },
  );
  await api.post(`/v1/experiments/${experiment.id}/observations`, {
    assignments: { x: 0.5 },
    values: [{ value: 1 }],
    metadata: { instance_id: 'i-7' },
  });

  await page.goto(`/login?token=${READ_TOKEN}`);
  await expect(page.getByTitle('What this token may do')).toHaveText('read only');
  await expect(page.getByRole('link', { name })).toBeVisible();

  await page.goto(`/experiments/${experiment.id}/summary`);
  const metadata = page.getByRole('region', { name: 'Metadata' });
  await expect(metadata.getByText('xgboost')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit metadata' })).toHaveCount(0);

  await page.goto(
    `/experiments/${experiment.id}/suggestions?suggestion=${suggestion.id}`,
  );
  await expect(page.getByText('i-7').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy as JSON' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete suggestion' })).toHaveCount(0);
});
