// The Analysis part of `npm run bench`: how long each plot of a large experiment takes to
// draw in the dashboard, against a bare page that fetches the same observations and
// hands plotly the same arrays, measured in the same run. Debian's Chromium, 3 runs each.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { baselineDraw, type BaselinePlot } from './analysis-baseline';
import { median } from './stats';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export interface AnalysisBenchOptions {
  baseUrl: string;
  token: string;
  experimentId: string;
  chromiumPath: string;
}

interface DrawTiming {
  /** Navigation start to "drawn", in ms. */
  total: number;
  /** End of the last observations response to "drawn": the page's own work. */
  afterData: number;
  /** Longest main-thread task (≥ 50 ms) before "drawn", in ms; 0 if none. */
  longestTask: number;
}

const RUNS = 3;
const TIMEOUT_MS = 180_000;
/** For trying one plot alone (history, scene or parallel); unset in `npm run bench`. */
const ONLY = process.env.ANALYSIS_BENCH_ONLY;
const PLOTS: Array<{ id: BaselinePlot; param: string; testId: string; label: string }> = [
  { id: 'history', param: 'h', testId: 'history-graph', label: 'Experiment History' },
  { id: 'scene', param: 's', testId: 'scene-graph', label: 'Full Experiment History' },
  {
    id: 'parallel',
    param: 'pc',
    testId: 'parallel-graph',
    label: 'Parallel Coordinates',
  },
];

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Collects long tasks from the first moment of every document in the page. */
function watchLongTasks() {
  const tasks: Array<{ start: number; duration: number }> = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Marks when the graph div first reports that plotly has drawn. */
function markWhenDrawn(testId: string) {
  const selector = `[data-testid="${testId}"][data-status="drawn"]`;
  const target = window as unknown as { __drawnAt?: number };
  const check = () => {
    if (target.__drawnAt === undefined && document.querySelector(selector)) {
      target.__drawnAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status'],
  });
}

/** Timing read back from a page once it has drawn at `drawnAt`. */
async function readTiming(page: Page, drawnAt: number): Promise<DrawTiming> {
  return page.evaluate((drawn) => {
    const responses = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/observations'))
      .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
    const tasks =
      (window as unknown as { __longTasks?: Array<{ start: number; duration: number }> })
        .__longTasks ?? [];
    const before = tasks.filter((task) => task.start < drawn);
    return {
      total: drawn,
      afterData: drawn - Math.max(0, ...responses),
      longestTask: Math.max(0, ...before.map((task) => task.duration)),
    };
  }, drawnAt);
}

async function newPage(browser: Browser, token: string | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`;
  // functions sent to the page need that helper to exist there too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  if (token !== null) {
    await context.addInitScript(
      (value) => localStorage.setItem('sightline.token', value),
      token,
    );
  }
  await context.addInitScript(watchLongTasks);
  return context.newPage();
}

/** One cold load of the Analysis tab showing one plot. */
async function dashboardRun(
  browser: Browser,
  options: AnalysisBenchOptions,
  plot: (typeof PLOTS)[number],
): Promise<DrawTiming> {
  const page = await newPage(browser, options.token);
  await page.addInitScript(markWhenDrawn, plot.testId);
  const url = `${options.baseUrl}/experiments/${options.experimentId}/analysis?plot=${plot.param}`;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as { __drawnAt?: number }).__drawnAt !== undefined,
    undefined,
    {
      timeout: TIMEOUT_MS,
      polling: 50,
    },
  );
  const drawnAt = await page.evaluate(
    () => (window as { __drawnAt?: number }).__drawnAt ?? 0,
  );
  const timing = await readTiming(page, drawnAt);
  await page.context().close();
  return timing;
}

// The plotly chunk imports shared helpers from the app's entry chunk, which mounts the
// app into #root (here: the login page, as this context has no token).
const BASELINE_HTML = [
  '<!doctype html><html><body>',
  '<div id="root" hidden></div>',
  '<div id="plot" style="width:1350px;height:500px"></div>',
  '</body></html>',
].join('');

/** The built plotly chunk, the same file the dashboard loads. */
function plotlyChunk(): string {
  const assets = resolve('dist/web/assets');
  const chunk = readdirSync(assets).find((name) => /^bundle-.*\.js$/.test(name));
  if (!chunk)
    throw new Error(`No plotly bundle chunk in ${assets}; run vite build first`);
  return `/assets/${chunk}`;
}

/**
 * One cold load of the baseline: a bare page on the same origin (so it shares the
 * server and HTTP cache rules) that imports the same plotly chunk, fetches the
 * observations the same way (1,000 per request) and calls Plotly.newPlot directly.
 */
async function baselineRun(
  browser: Browser,
  options: AnalysisBenchOptions,
  plot: BaselinePlot,
  chunk: string,
): Promise<DrawTiming> {
  const page = await newPage(browser, null);
  const url = `${options.baseUrl}/bench-analysis-baseline`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: BASELINE_HTML,
    }),
  );
  await page.goto(url, { waitUntil: 'commit' });
  const drawnAt = await page.evaluate(baselineDraw, {
    chunk,
    plot,
    token: options.token,
    experimentId: options.experimentId,
  });
  const timing = await readTiming(page, drawnAt);
  await page.context().close();
  return timing;
}

export async function runAnalysisBench(
  opts: AnalysisBenchOptions,
): Promise<BenchFigure[]> {
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath,
    args: playwrightConfig.use?.launchOptions?.args ?? [],
  });
  const chunk = plotlyChunk();
  const figures: BenchFigure[] = [];

  try {
    for (const plot of PLOTS.filter((p) => !ONLY || p.id === ONLY)) {
      const ours: DrawTiming[] = [];
      const base: DrawTiming[] = [];
      // Interleaved, so that drift on a shared machine hits both sides alike.
      for (let run = 0; run < RUNS; run++) {
        ours.push(await dashboardRun(browser, opts, plot));
        base.push(await baselineRun(browser, opts, plot.id, chunk));
      }

      // Every run, not just the medians, when looking into a surprising figure.
      if (process.env.ANALYSIS_BENCH_DEBUG) {
        process.stderr.write(`${plot.id} ${JSON.stringify({ ours, base })}\n`);
      }
      const total = median(ours.map((t) => t.total));
      const baseTotal = median(base.map((t) => t.total));
      const after = median(ours.map((t) => t.afterData));
      const baseAfter = median(base.map((t) => t.afterData));
      figures.push(
        {
          name: `Analysis ${plot.label}: load to drawn`,
          value: round(total),
          unit: 'ms',
        },
        {
          name: `Analysis ${plot.label}: baseline load to drawn`,
          value: round(baseTotal),
          unit: 'ms',
        },
        {
          name: `Analysis ${plot.label}: ratio to baseline`,
          value: Math.round((total / baseTotal) * 100) / 100,
          unit: '×',
          target: '≤ 1.5',
        },
        {
          name: `Analysis ${plot.label}: data to drawn`,
          value: round(after),
          unit: 'ms',
        },
        {
          name: `Analysis ${plot.label}: baseline data to drawn`,
          value: round(baseAfter),
          unit: 'ms',
        },
        {
          name: `Analysis ${plot.label}: data-to-drawn ratio to baseline`,
          value: Math.round((after / baseAfter) * 100) / 100,
          unit: '×',
        },
        {
          name: `Analysis ${plot.label}: longest main-thread task`,
          value: round(median(ours.map((t) => t.longestTask))),
          unit: 'ms',
        },
        {
          name: `Analysis ${plot.label}: baseline longest main-thread task`,
          value: round(median(base.map((t) => t.longestTask))),
          unit: 'ms',
        },
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}
