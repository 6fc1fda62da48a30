// `npm run bench`: seeds a 100,000-observation experiment through the API, then measures
// the API and the dashboard against baselines taken in the same run. Prints a table and
// writes the figures to bench/results/latest.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPaging, writeThroughput, type BenchFigure } from './api';
import { runAnalysisBench } from './analysis';
import { runDashboardBench } from './dashboard';
import { startSightline } from '../src/server/testing/processes';
import { seedLargeExperiment } from './seed';

const TOKEN = 'bench-token';
const PARTS = ['api', 'dashboard', 'analysis'] as const;

/** `npm run bench -- --parts api,analysis` runs only those parts. */
function chosenParts(): Set<string> {
  const flag = process.argv.find((arg) => arg.startsWith('--parts='));
  const parts = flag ? flag.slice('--parts='.length).split(',') : [...PARTS];
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length) throw new Error(`unknown bench parts: ${unknown.join(', ')}`);
  return new Set(parts);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function formatValue(figure: BenchFigure): string {
  const digits = figure.unit === '×' ? 2 : figure.value >= 100 ? 0 : 1;
  return `${figure.value.toFixed(digits)} ${figure.unit}`;
}

function printTable(section: string, figures: BenchFigure[]) {
  const width = Math.max(...figures.map((figure) => figure.name.length));
  process.stdout.write(`\n${section}\n`);
  for (const figure of figures) {
    const target = figure.target ? `  (target ${figure.target})` : '';
    process.stdout.write(
      `  ${figure.name.padEnd(width)} ${formatValue(figure).padStart(12)}${target}\n`,
    );
  }
}

async function main() {
  const parts = chosenParts();
  const scratch = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  const dbPath = join(scratch, 'bench.db');
  const sightline = await startSightline(dbPath, TOKEN);
  const results: Record<string, BenchFigure[]> = {};

  try {
    const seedStart = performance.now();
    const experimentId = await seedLargeExperiment(sightline.url, TOKEN);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    process.stdout.write(
      `Seeded 100,000 observations through the batch API in ${seedSeconds.toFixed(1)} s\n`,
    );

    if (parts.has('api')) {
      results.paging = await readPaging(sightline, experimentId, TOKEN, dbPath);
      printTable('API: reading', results.paging);
    }

    const options = {
      baseUrl: sightline.url,
      token: TOKEN,
      experimentId,
      chromiumPath: CHROMIUM,
    };
    if (parts.has('dashboard')) {
      results.dashboard = await runDashboardBench(options);
      printTable('Dashboard (History tab, 100k observations)', results.dashboard);
    }
    if (parts.has('analysis')) {
      results.analysis = await runAnalysisBench(options);
      printTable('Analysis plots (100k observations)', results.analysis);
    }
    if (!parts.has('api')) return;

    // Writes last: they add rows to the experiment the other parts read.
    const writeExperiment = await fetch(`${sightline.url}/v1/experiments`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify((await import('./seed')).EXPERIMENT_BODY),
    });
    const { id } = (await writeExperiment.json()) as { id: string };
    results.writes = await writeThroughput(sightline, id, TOKEN, scratch);
    printTable('API: writing (32 concurrent keep-alive clients)', results.writes);
  } finally {
    await sightline.stop();
    rmSync(scratch, { recursive: true, force: true });
  }

  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  process.stdout.write(`\nFigures written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
