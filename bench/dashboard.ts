// The browser part of `npm run bench`: how fast the History tab of a large experiment
// becomes useful, how much memory the page holds, and how much JavaScript the dashboard
// ships outside the Analysis tab. Runs Debian's Chromium through Playwright.
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import playwrightConfig from '../playwright.config';
import { median } from './stats';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export interface DashboardBenchOptions {
  baseUrl: string;
  token: string;
  experimentId: string;
  chromiumPath: string;
}

const RUNS = 3;
const FIRST_ROW = '[data-testid="history-table"] [data-row-key]';
const BREAKDOWN_ROW = '[data-testid="failures-breakdown"] tr[data-value]';
const TIMEOUT_MS = 120_000;

/**
 * Marks, from inside the page, when the first History row and breakdown row appear. A
 * string, not a function: tsx's name-keeping helpers would not exist inside the page.
 */
const MARK_WHEN_SHOWN = `
  (() => {
    const marks = {};
    window.__benchMarks = marks;
    const check = () => {
      if (marks.firstRow === undefined && document.querySelector(${JSON.stringify(FIRST_ROW)})) {
        marks.firstRow = performance.now();
      }
      const breakdown = document.querySelector(${JSON.stringify(BREAKDOWN_ROW)});
      if (marks.breakdown === undefined && breakdown) {
        marks.breakdown = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();
`;

function runList(values: number[]): string {
  return `runs ${values.map(Math.round).join('/')} ms`;
}

async function newContext(browser: Browser, token: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript({
    content: `localStorage.setItem('sightline.token', ${JSON.stringify(token)});`,
  });
  return context;
}

/**
 * One cold load of the History tab in a fresh context (no cache): milliseconds from
 * navigation start to the first row and to the failures breakdown, and the JS heap after.
 */
async function loadHistory(browser: Browser, options: DashboardBenchOptions) {
  const context = await newContext(browser, options.token);
  const page = await context.newPage();
  await page.addInitScript({ content: MARK_WHEN_SHOWN });

  const url = `${options.baseUrl}/experiments/${options.experimentId}/history`;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    'window.__benchMarks?.firstRow !== undefined && window.__benchMarks?.breakdown !== undefined',
    undefined,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  const marks = (await page.evaluate('window.__benchMarks')) as Record<string, number>;

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heapBytes =
    metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;

  await context.close();
  return {
    firstRowMs: marks.firstRow ?? NaN,
    breakdownMs: marks.breakdown ?? NaN,
    heapBytes,
  };
}

/**
 * The baseline, in the same browser: every observation read by walking one cursor, 1000 at
 * a time, as SigOpt's own UI did (`exhaustivelyPage`), parsing each page and nothing more.
 */
async function walkOneCursor(browser: Browser, options: DashboardBenchOptions) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${options.baseUrl}/favicon.svg`);

  const authorization = `Basic ${Buffer.from(`${options.token}:`).toString('base64')}`;
  const path = `/v1/experiments/${options.experimentId}/observations`;
  const script = `(async () => {
    const started = performance.now();
    let before = null;
    let rows = 0;
    do {
      const query = 'limit=1000' + (before ? '&before=' + before : '');
      const response = await fetch(${JSON.stringify(path)} + '?' + query, {
        headers: { Authorization: ${JSON.stringify(authorization)} },
      });
      const page = await response.json();
      rows += page.data.length;
      before = page.data.length > 0 ? page.paging.before : null;
    } while (before);
    return { ms: performance.now() - started, rows };
  })()`;
  const result = (await page.evaluate(script)) as { ms: number; rows: number };
  await context.close();
  return result.ms;
}

/** Gzipped bytes of every script loaded while visiting the pages other than Analysis. */
async function javascriptSize(browser: Browser, options: DashboardBenchOptions) {
  const context = await newContext(browser, options.token);
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];

  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => void scripts.set(response.url(), gzipSync(body).length),
        () => undefined,
      ),
    );
  });

  const base = `${options.baseUrl}/experiments/${options.experimentId}`;
  const settle = () =>
    page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS }).catch(() => undefined);
  const visits: Array<[string, string]> = [
    [`${base}/summary`, 'main'],
    [`${base}/suggestions`, '.suggestions-tab'],
    [`${base}/history`, FIRST_ROW],
    [`${base}/properties`, 'main'],
  ];
  for (const [url, selector] of visits) {
    await page.goto(url);
    await page.waitForSelector(selector, { timeout: TIMEOUT_MS, state: 'attached' });
    await settle();
  }

  // The experiments list is reached through the app's own link, as a user does.
  await page.getByRole('link', { name: 'Experiments' }).first().click();
  await page.waitForURL(`${options.baseUrl}/`, { timeout: TIMEOUT_MS });
  await settle();
  await Promise.all(pending);
  await context.close();

  let total = 0;
  for (const size of scripts.values()) total += size;
  return { bytes: total, files: scripts.size };
}

export async function runDashboardBench(
  opts: DashboardBenchOptions,
): Promise<BenchFigure[]> {
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    headless: true,
    executablePath: opts.chromiumPath,
    args: launch.args ?? [],
  });

  try {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await loadHistory(browser, opts));
    const walks = [];
    for (let run = 0; run < RUNS; run += 1)
      walks.push(await walkOneCursor(browser, opts));
    const js = await javascriptSize(browser, opts);

    const firstRows = runs.map((run) => run.firstRowMs);
    const breakdowns = runs.map((run) => run.breakdownMs);
    const heaps = runs.map((run) => run.heapBytes / (1024 * 1024));
    const round = (value: number) => Math.round(value * 10) / 10;

    return [
      {
        name: `dashboard: History first rows (median of ${RUNS}, ${runList(firstRows)})`,
        value: Math.round(median(firstRows)),
        unit: 'ms',
        target: '≤ 2000 ms',
      },
      {
        name: `dashboard: failures breakdown shown (median of ${RUNS}, ${runList(breakdowns)})`,
        value: Math.round(median(breakdowns)),
        unit: 'ms',
        target: '≤ 2000 ms',
      },
      {
        name: `dashboard: baseline, one-cursor walk of every page (median of ${RUNS})`,
        value: Math.round(median(walks)),
        unit: 'ms',
      },
      {
        name: 'dashboard: failures breakdown ÷ one-cursor walk',
        value: Math.round((median(breakdowns) / median(walks)) * 100) / 100,
        unit: '×',
        target: '< 1 (sooner than merely reading the pages one by one)',
      },
      {
        name: 'dashboard: JS heap used after History load (median)',
        value: round(median(heaps)),
        unit: 'MB',
        target: '≤ 400 MB',
      },
      {
        name: `dashboard: gzipped JavaScript outside Analysis (${js.files} files)`,
        value: round(js.bytes / 1024),
        unit: 'KB',
        target: '≤ 300 KB',
      },
    ];
  } finally {
    await browser.close();
  }
}
