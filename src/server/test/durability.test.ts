import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../data/database';
import { startSightline, type Started } from '../testing/processes';
import { basic } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'sightline-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ends the process at once, as a crash or the OOM killer would. */
function killHard(server: Started): Promise<void> {
  return new Promise((done) => {
    server.child.once('exit', () => done());
    server.child.kill('SIGKILL');
  });
}

it(
  'keeps every answered write after the server is killed with SIGKILL',
  { timeout: 30_000 },
  async () => {
    const dbPath = join(dir, 'kill.db');
    const server = await startSightline(dbPath, 'kill-token');
    const headers = {
      Authorization: basic('kill-token'),
      'Content-Type': 'application/json',
    };
    const experiment = await (
      await fetch(`${server.url}/v1/experiments`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          name: 'kill',
          parameters: [{ name: 'x', type: 'double', bounds: { min: 0, max: 1 } }],
        }),
      })
    ).json();

    // Fire writes and kill the process the moment the last answer arrives.
    const answered: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      const response = await fetch(
        `${server.url}/v1/experiments/${experiment.id}/observations`,
        {
          method: 'POST',
          headers,
          body: JSON.stringify({
            assignments: { x: index / 50 },
            values: [{ value: index }],
          }),
        },
      );
      expect(response.status).toBe(200);
      answered.push(((await response.json()) as { id: string }).id);
    }
    await killHard(server);

    const db = openDatabase(dbPath);
    const stored = db
      .prepare('SELECT id FROM observations WHERE experiment_id = ? ORDER BY id')
      .all(Number(experiment.id)) as Array<{ id: number }>;
    db.close();
    expect(stored.map((row) => String(row.id))).toEqual(answered);
  },
);
