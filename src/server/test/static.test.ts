import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { openDatabase, type Db } from '../data/database';

const dir = mkdtempSync(join(tmpdir(), 'sightline-static-'));
let app: FastifyInstance;
let db: Db;
let url: string;

beforeAll(async () => {
  const webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Sightline</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.info(1)');
  db = openDatabase(join(dir, 'static.db'));
  app = await buildApp({ db, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

it('serves the dashboard at / and at client-side routes, and assets as files', async () => {
  for (const path of ['/', '/experiments/4/history?status=failed', '/login']) {
    const response = await fetch(`${url}${path}`);
    expect(response.status, path).toBe(200);
    expect(await response.text()).toContain('<title>Sightline</title>');
  }
  const asset = await fetch(`${url}/assets/app.js`);
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
});

it('answers unknown API paths with a JSON 404, never the dashboard', async () => {
  const response = await fetch(`${url}/v1/nope`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({
    message: 'Endpoint not found: /v1/nope',
    status: 404,
  });
});
