// The configuration of every Analysis plot, and its compact form in the URL's search
// params so that a copied link (or a saved view) reproduces exactly what was on screen.
import { CREATED_KEY, INDEX_KEY, type FieldTable } from './fields';

export type PlotId = 'history' | 'scene' | 'parallel';

export interface HistoryView {
  x: string;
  y: string;
  /** Field that colours the points, or null for one colour. */
  color: string | null;
  logX: boolean;
  logY: boolean;
  showFailed: boolean;
  bestSeen: boolean;
}

export interface Camera {
  eye: { x: number; y: number; z: number };
  center: { x: number; y: number; z: number };
  up: { x: number; y: number; z: number };
}

export interface SceneView {
  x: string;
  y: string;
  z: string;
  color: string | null;
  logX: boolean;
  logY: boolean;
  logZ: boolean;
  camera: Camera | null;
}

/** Brushed ranges of one parallel-coordinates dimension, in plotted units. */
export type BrushRanges = Array<[number, number]>;

export interface ParallelView {
  dimensions: string[];
  color: string | null;
  /** Dimensions drawn on a log10 scale. */
  log: string[];
  brushes: Record<string, BrushRanges>;
}

export interface AnalysisView {
  plot: PlotId;
  history: HistoryView;
  scene: SceneView;
  parallel: ParallelView;
}

/** Every search param this page owns; others (set by the page shell) are left alone. */
const OWN_PARAMS = [
  'plot',
  'hx',
  'hy',
  'hc',
  'hlog',
  'hfail',
  'hbest',
  'sx',
  'sy',
  'sz',
  'sc',
  'slog',
  'scam',
  'pd',
  'pc',
  'plog',
  'pb',
];
const PLOT_CODES: Record<PlotId, string> = { history: 'h', scene: 's', parallel: 'pc' };
const NO_COLOUR = '-';
const MAX_DEFAULT_DIMENSIONS = 8;

/** The view a fresh page shows: index against the first optimized metric, and so on. */
export function defaultView(table: FieldTable): AnalysisView {
  const metrics = table.fields.filter((field) => field.kind === 'metric');
  const optimized =
    metrics.find((field) => field.metric?.strategy === 'optimize') ?? metrics[0];
  const parameters = table.fields.filter((field) => field.kind === 'parameter');
  const firstMetric = optimized?.key ?? INDEX_KEY;

  const sceneX = parameters[0]?.key ?? INDEX_KEY;
  const sceneY = parameters[1]?.key ?? CREATED_KEY;
  const dimensions = [...metrics, ...parameters]
    .slice(0, MAX_DEFAULT_DIMENSIONS)
    .map((field) => field.key);

  return {
    plot: 'history',
    history: {
      x: INDEX_KEY,
      y: firstMetric,
      color: null,
      logX: false,
      logY: false,
      showFailed: false,
      bestSeen: true,
    },
    scene: {
      x: sceneX,
      y: sceneY,
      z: firstMetric,
      color: optimized?.key ?? null,
      logX: false,
      logY: false,
      logZ: false,
      camera: null,
    },
    parallel: {
      dimensions: dimensions.length > 0 ? dimensions : [INDEX_KEY],
      color: optimized?.key ?? null,
      log: [],
      brushes: {},
    },
  };
}

function field(
  params: URLSearchParams,
  name: string,
  known: Set<string>,
  fallback: string,
) {
  const value = params.get(name);
  return value !== null && known.has(value) ? value : fallback;
}

function colour(
  params: URLSearchParams,
  name: string,
  known: Set<string>,
  fallback: string | null,
) {
  const value = params.get(name);
  if (value === NO_COLOUR) return null;
  return value !== null && known.has(value) ? value : fallback;
}

function flag(params: URLSearchParams, name: string, fallback: boolean) {
  const value = params.get(name);
  return value === null ? fallback : value === '1';
}

function parseCamera(text: string | null): Camera | null {
  const numbers = (text ?? '').split(',').map(Number);
  if (numbers.length !== 9 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [ex, ey, ez, cx, cy, cz, ux, uy, uz] = numbers as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    eye: { x: ex, y: ey, z: ez },
    center: { x: cx, y: cy, z: cz },
    up: { x: ux, y: uy, z: uz },
  };
}

function formatCamera(camera: Camera): string {
  const { eye, center, up } = camera;
  return [eye.x, eye.y, eye.z, center.x, center.y, center.z, up.x, up.y, up.z]
    .map((n) => String(Number(n.toFixed(3))))
    .join(',');
}

/** "0.5_2@d.eval_seconds" → ['d.eval_seconds', [[0.5, 2]]]; numbers never hold '@'. */
function parseBrush(text: string): [string, BrushRanges] | null {
  const at = text.indexOf('@');
  if (at < 0) return null;
  const numbers = text.slice(0, at).split('_').map(Number);
  if (numbers.length < 2 || numbers.length % 2 !== 0) return null;
  if (numbers.some((n) => !Number.isFinite(n))) return null;

  const ranges: BrushRanges = [];
  for (let i = 0; i < numbers.length; i += 2) {
    const low = numbers[i] as number;
    const high = numbers[i + 1] as number;
    ranges.push([Math.min(low, high), Math.max(low, high)]);
  }
  return [text.slice(at + 1), ranges];
}

/**
 * Brush ends are written exactly (shortest round-trip form), so the table after a reload
 * matches the highlighted lines and plotly sees an unchanged range (no redraw).
 */
function formatBrush(key: string, ranges: BrushRanges): string {
  const numbers = ranges.flat().map((n) => String(n));
  return `${numbers.join('_')}@${key}`;
}

/** Reads the view from search params, taking defaults for anything absent or unknown. */
export function readView(params: URLSearchParams, table: FieldTable): AnalysisView {
  const base = defaultView(table);
  const known = new Set(table.byKey.keys());
  const plotCode = params.get('plot');
  const plot = (Object.keys(PLOT_CODES) as PlotId[]).find(
    (id) => PLOT_CODES[id] === plotCode,
  );

  const hlog = params.get('hlog') ?? '';
  const slog = params.get('slog') ?? '';
  const dimensions = params.getAll('pd').filter((key) => known.has(key));
  const brushes: Record<string, BrushRanges> = {};
  for (const text of params.getAll('pb')) {
    const parsed = parseBrush(text);
    if (parsed && known.has(parsed[0])) brushes[parsed[0]] = parsed[1];
  }

  return {
    plot: plot ?? base.plot,
    history: {
      x: field(params, 'hx', known, base.history.x),
      y: field(params, 'hy', known, base.history.y),
      color: colour(params, 'hc', known, base.history.color),
      logX: hlog.includes('x'),
      logY: hlog.includes('y'),
      showFailed: flag(params, 'hfail', base.history.showFailed),
      bestSeen: flag(params, 'hbest', base.history.bestSeen),
    },
    scene: {
      x: field(params, 'sx', known, base.scene.x),
      y: field(params, 'sy', known, base.scene.y),
      z: field(params, 'sz', known, base.scene.z),
      color: colour(params, 'sc', known, base.scene.color),
      logX: slog.includes('x'),
      logY: slog.includes('y'),
      logZ: slog.includes('z'),
      camera: parseCamera(params.get('scam')),
    },
    parallel: {
      dimensions: params.has('pd') ? dimensions : base.parallel.dimensions,
      color: colour(params, 'pc', known, base.parallel.color),
      log: params.getAll('plog').filter((key) => known.has(key)),
      brushes,
    },
  };
}

/** The search params with this page's part replaced by `view`; others are kept. */
export function writeView(current: URLSearchParams, view: AnalysisView): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const name of OWN_PARAMS) params.delete(name);

  const { history, scene, parallel } = view;
  params.set('plot', PLOT_CODES[view.plot]);
  params.set('hx', history.x);
  params.set('hy', history.y);
  params.set('hc', history.color ?? NO_COLOUR);
  const hlog = `${history.logX ? 'x' : ''}${history.logY ? 'y' : ''}`;
  if (hlog) params.set('hlog', hlog);
  params.set('hfail', history.showFailed ? '1' : '0');
  params.set('hbest', history.bestSeen ? '1' : '0');

  params.set('sx', scene.x);
  params.set('sy', scene.y);
  params.set('sz', scene.z);
  params.set('sc', scene.color ?? NO_COLOUR);
  const slog = `${scene.logX ? 'x' : ''}${scene.logY ? 'y' : ''}${scene.logZ ? 'z' : ''}`;
  if (slog) params.set('slog', slog);
  if (scene.camera) params.set('scam', formatCamera(scene.camera));

  for (const key of parallel.dimensions) params.append('pd', key);
  // An empty `pd` records that the person removed every dimension.
  if (parallel.dimensions.length === 0) params.set('pd', '');
  params.set('pc', parallel.color ?? NO_COLOUR);
  for (const key of parallel.log) params.append('plog', key);
  for (const [key, ranges] of Object.entries(parallel.brushes)) {
    if (ranges.length > 0) params.append('pb', formatBrush(key, ranges));
  }
  return params;
}

/** Whether a search param belongs to the Analysis view (others belong to the page). */
export function isViewParam(name: string): boolean {
  return OWN_PARAMS.includes(name);
}

/** The part of a query string this page owns, e.g. for saving a named view. */
export function ownSearch(params: URLSearchParams): string {
  const own = new URLSearchParams();
  for (const [name, value] of params) if (isViewParam(name)) own.append(name, value);
  return own.toString();
}
