// The throughput baseline: a bare node:http handler that parses the same JSON and inserts
// the same observation row with better-sqlite3, on the same schema and pragmas as
// Sightline, but with no framework, validation, auth or response shaping.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/data/database';
import { ensureDefaultClient } from '../src/server/data/tokens';
import { createExperiment } from '../src/server/services/experiments';
import { EXPERIMENT_BODY } from './seed';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
const db = openDatabase(values.db as string);
const now = Math.floor(Date.now() / 1000);
const experimentId = createExperiment(
  db,
  ensureDefaultClient(db, now),
  EXPERIMENT_BODY as never,
  now,
);
const insert = db.prepare(
  `INSERT INTO observations (experiment_id, suggestion_id, assignments, metric_values, failed,
     metadata, objective_value, created) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)`,
);

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const values = body.values ?? [];
    const result = insert.run(
      experimentId,
      JSON.stringify(body.assignments),
      JSON.stringify(values),
      body.failed ? 1 : 0,
      JSON.stringify(body.metadata ?? null),
      values[0]?.value ?? null,
      Math.floor(Date.now() / 1000),
    );
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ id: String(result.lastInsertRowid) }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`baseline listening at http://127.0.0.1:${port}\n`);
});
