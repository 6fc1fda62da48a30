// The API part of `npm run bench`: write throughput under 32 concurrent keep-alive
// clients, and reading 100,000 observations page by page, each against a baseline
// measured in the same run.
import Database from 'better-sqlite3';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { startProcess, type Started } from '../src/server/testing/processes';
import { median } from './stats';
import { observationBody, stream } from './seed';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const CLIENTS = 32;
const WARMUP_MS = 1000;
const MEASURE_MS = 5000;
const ROUNDS = 3;

function post(
  agent: Agent,
  url: URL,
  body: string,
  auth: string | null,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    };
    if (auth) headers.Authorization = auth;
    const call = request(url, { method: 'POST', agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    call.on('error', reject);
    call.end(body);
  });
}

/** Requests per second that 32 keep-alive clients get through in MEASURE_MS. */
async function throughput(url: string, auth: string | null): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const target = new URL(url);
  const next = stream(7);
  const bodies = Array.from({ length: 512 }, (_, index) => {
    const body = observationBody(index, next);
    return JSON.stringify(body);
  });

  let counting = false;
  let done = 0;
  let failures = 0;
  const deadline = Date.now() + WARMUP_MS + MEASURE_MS;
  setTimeout(() => (counting = true), WARMUP_MS);

  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      let index = client;
      while (Date.now() < deadline) {
        const status = await post(
          agent,
          target,
          bodies[index % bodies.length] as string,
          auth,
        );
        if (status !== 200) failures += 1;
        if (counting) done += 1;
        index += CLIENTS;
      }
    }),
  );
  agent.destroy();
  if (failures > 0) throw new Error(`${failures} requests to ${url} failed`);
  return done / (MEASURE_MS / 1000);
}

export async function writeThroughput(
  sightline: Started,
  experimentId: string,
  token: string,
  scratch: string,
): Promise<BenchFigure[]> {
  const baseline = await startProcess(
    'bench/baseline-server.ts',
    ['--db', join(scratch, 'baseline.db')],
    /listening at (http:\/\/\S+)\s/,
  );
  const auth = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  const ours: number[] = [];
  const bare: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      bare.push(await throughput(`${baseline.url}/`, null));
      ours.push(
        await throughput(
          `${sightline.url}/v1/experiments/${experimentId}/observations`,
          auth,
        ),
      );
    }
  } finally {
    await baseline.stop();
  }
  const ratio = median(ours) / median(bare);
  return [
    {
      name: 'POST /observations, bare node:http baseline',
      value: median(bare),
      unit: 'req/s',
    },
    { name: 'POST /observations, Sightline', value: median(ours), unit: 'req/s' },
    {
      name: 'POST /observations, Sightline ÷ baseline',
      value: ratio,
      unit: '×',
      target: '≥ 0.5',
    },
  ];
}

/**
 * Milliseconds to read every observation with limit=1000, following `before`. The body
 * is read as text and only the marker is picked out, so the figure is the server's cost
 * (as the raw baseline's is), not the client's JSON parsing.
 */
async function pageThroughApi(
  url: string,
  experimentId: string,
  auth: string,
): Promise<number> {
  const started = performance.now();
  let before: string | null = null;
  let total = 0;
  do {
    const query: string = `limit=1000${before ? `&before=${before}` : ''}`;
    const response = await fetch(
      `${url}/v1/experiments/${experimentId}/observations?${query}`,
      {
        headers: { Authorization: auth },
      },
    );
    const text = await response.text();
    total += text.split('"object":"observation"').length - 1;
    before = /"paging":\{"before":(?:null|"([^"]*)")/.exec(text)?.[1] ?? null;
  } while (before !== null);
  if (total < 100_000) throw new Error(`paged only ${total} observations`);
  return performance.now() - started;
}

/** The same pages straight from SQLite, serialised with JSON.stringify. */
function pageRaw(dbPath: string, experimentId: string): number {
  const db = new Database(dbPath, { readonly: true });
  const select = db.prepare(
    `SELECT * FROM observations WHERE experiment_id = ? AND deleted = 0 AND id < ?
     ORDER BY id DESC LIMIT 1000`,
  );
  const started = performance.now();
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = select.all(Number(experimentId), before) as Array<{ id: number }>;
    if (rows.length === 0) break;
    JSON.stringify(rows);
    before = (rows[rows.length - 1] as { id: number }).id;
  }
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

export async function readPaging(
  sightline: Started,
  experimentId: string,
  token: string,
  dbPath: string,
): Promise<BenchFigure[]> {
  const auth = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  const ours: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    raw.push(pageRaw(dbPath, experimentId));
    ours.push(await pageThroughApi(sightline.url, experimentId, auth));
  }
  return [
    {
      name: 'Page 100k observations, raw SELECT + JSON.stringify',
      value: median(raw),
      unit: 'ms',
    },
    {
      name: 'Page 100k observations, Sightline API (limit=1000)',
      value: median(ours),
      unit: 'ms',
    },
    {
      name: 'Page 100k observations, Sightline ÷ raw',
      value: median(ours) / median(raw),
      unit: '×',
      target: '≤ 3',
    },
  ];
}
