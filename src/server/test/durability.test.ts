import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../data/database';
import { basic } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'sightline-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(dbPath: string) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--port',
      '0',
      '--db',
      dbPath,
      '--token',
      'kill-token',
      '--no-demo',
      '--quiet',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise<{ url: string; kill: () => Promise<void> }>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/\s/.exec(output);
      if (match?.[1]) {
        resolve({
          url: match[1],
          kill: () =>
            new Promise((done) => {
              child.on('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`server exited early (${code}): ${output}`)),
    );
  });
}

it(
  'keeps every answered write after the server is killed with SIGKILL',
  { timeout: 30_000 },
  async () => {
    const dbPath = join(dir, 'kill.db');
    const server = await start(dbPath);
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
    await server.kill();

    const db = openDatabase(dbPath);
    const stored = db
      .prepare('SELECT id FROM observations WHERE experiment_id = ? ORDER BY id')
      .all(Number(experiment.id)) as Array<{ id: number }>;
    db.close();
    expect(stored.map((row) => String(row.id))).toEqual(answered);
  },
);
