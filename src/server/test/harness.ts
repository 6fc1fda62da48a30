// Route tests run the real app on a real port against a temporary SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { openDatabase, type Db } from '../data/database';
import { ensureDefaultClient, ensureToken } from '../data/tokens';

export const TOKEN = 'test-write-token';
export const READ_TOKEN = 'test-read-token';

export interface Harness {
  url: string;
  db: Db;
  dbPath: string;
  close: () => Promise<void>;
  /** Sends a request with the write token unless `auth` says otherwise. */
  call: (method: string, path: string, options?: CallOptions) => Promise<Reply>;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is. */
  raw?: string;
  contentType?: string;
  /** A token, or null for no Authorization header, or a full header value. */
  token?: string | null;
  header?: string;
}

export interface Reply {
  status: number;
  body: any;
  text: string;
}

export function basic(token: string): string {
  return `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-test-'));
  const dbPath = join(dir, 'test.db');
  const db = openDatabase(dbPath);
  const clientId = ensureDefaultClient(db, 1_700_000_000);
  ensureToken(db, TOKEN, clientId, 'write', 1_700_000_000);
  ensureToken(db, READ_TOKEN, clientId, 'read', 1_700_000_000);

  const app: FastifyInstance = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  async function call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? TOKEN : options.token;
    if (options.header !== undefined) headers.Authorization = options.header;
    else if (token !== null) headers.Authorization = basic(token);
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined)
      headers['Content-Type'] = options.contentType ?? 'application/json';

    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text };
  }

  return {
    url,
    db,
    dbPath,
    call,
    close: async () => {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A small experiment most tests start from. */
export const SIMPLE_EXPERIMENT = {
  name: 'simple',
  parameters: [
    { name: 'x', type: 'double', bounds: { min: 0, max: 1 } },
    { name: 'n', type: 'int', bounds: { min: 1, max: 10 } },
    { name: 'kind', type: 'categorical', categorical_values: ['a', 'b', 'c'] },
  ],
  metrics: [{ name: 'score', objective: 'maximize' }],
  observation_budget: 10,
};

export async function createExperiment(
  harness: Harness,
  body: object = SIMPLE_EXPERIMENT,
) {
  const reply = await harness.call('POST', '/v1/experiments', { body });
  if (reply.status !== 200) throw new Error(`create failed: ${reply.text}`);
  return reply.body as { id: string };
}
