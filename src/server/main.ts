// `npm start`: opens (or creates) the database, makes sure a write token exists, fills
// the demo on first start, and serves the API and the dashboard on one port.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { openDatabase } from './data/database';
import { ensureDefaultClient, ensureToken, firstToken } from './data/tokens';
import { fillDemo } from './demo';

const USAGE = `Usage: npm start -- [--port 5800] [--host 127.0.0.1] [--db ./data/sightline.db]
                    [--token TOKEN] [--read-token TOKEN] [--no-demo] [--quiet]`;

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5800' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: './data/sightline.db' },
      token: { type: 'string' },
      'read-token': { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (values.help || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  return {
    port,
    host: values.host,
    dbPath: values.db === ':memory:' ? values.db : resolve(values.db),
    token: values.token ?? process.env.SIGHTLINE_TOKEN ?? null,
    readToken: values['read-token'] ?? process.env.SIGHTLINE_READ_TOKEN ?? null,
    demo: !values['no-demo'],
    quiet: values.quiet,
  };
}

async function main() {
  const settings = options();
  const db = openDatabase(settings.dbPath);
  const now = Math.floor(Date.now() / 1000);

  const clientId = ensureDefaultClient(db, now);
  if (settings.token) ensureToken(db, settings.token, clientId, 'write', now);
  if (settings.readToken) ensureToken(db, settings.readToken, clientId, 'read', now);
  let token = settings.token ?? firstToken(db, 'write');
  if (!token) {
    token = randomBytes(18).toString('base64url');
    ensureToken(db, token, clientId, 'write', now);
  }

  const empty = !(db.prepare('SELECT 1 FROM experiments LIMIT 1').get() as unknown);
  if (settings.demo && empty) fillDemo(db, clientId, now);

  const log = settings.quiet
    ? undefined
    : (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  const app = await buildApp({
    db,
    webRoot: resolve('dist/web'),
    ...(log ? { log } : {}),
  });
  await app.listen({ port: settings.port, host: settings.host });

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `http://${host}:${port}`;
  process.stdout.write(
    [
      `Sightline is running at ${url}/`,
      `  database:  ${settings.dbPath}`,
      `  log in:    ${url}/login?token=${encodeURIComponent(token)}`,
      `  clients:   SIGOPT_API_URL=${url} SIGOPT_API_TOKEN=<the token above>`,
      '',
    ].join('\n'),
  );

  const stop = async () => {
    await app.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Sightline could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
