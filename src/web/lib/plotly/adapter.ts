// The one typed doorway to plotly.js. Nothing else imports plotly: components get the
// library from loadPlotly(), which fetches the partial bundle the first time a plot is
// shown, so pages without plots never download it.

/** Columns plotly accepts: plain arrays or typed arrays (faster, no copy). */
export type PlotArray = ArrayLike<number> | ArrayLike<string> | ArrayLike<number | null>;

/** A trace or layout object. Kept open: plotly's attribute tree is large and versioned. */
export type PlotObject = { [attribute: string]: unknown };

export interface PlotTrace extends PlotObject {
  type: 'scatter' | 'scattergl' | 'scatter3d' | 'parcoords';
}

export interface PlotConfig extends PlotObject {
  displaylogo?: boolean;
  responsive?: boolean;
}

export interface PlotPoint {
  curveNumber: number;
  pointNumber: number;
}

export interface PlotPointEvent {
  points: PlotPoint[];
  event?: MouseEvent;
}

/** Events this app listens to; the payload types follow plotly's documentation. */
export interface PlotEvents {
  plotly_click: PlotPointEvent;
  plotly_hover: PlotPointEvent;
  plotly_unhover: PlotPointEvent;
  plotly_relayout: PlotObject;
  plotly_restyle: unknown;
  plotly_afterplot: undefined;
}

/** The graph div after plotly has drawn into it. */
export interface GraphDiv extends HTMLDivElement {
  data: PlotTrace[];
  layout: PlotObject;
  on<E extends keyof PlotEvents>(
    event: E,
    handler: (payload: PlotEvents[E]) => void,
  ): void;
  removeAllListeners(event?: keyof PlotEvents): void;
}

export interface ImageOptions {
  format: 'png' | 'svg';
  filename: string;
  width?: number;
  height?: number;
}

export interface PlotlyApi {
  react(
    div: HTMLDivElement,
    data: PlotTrace[],
    layout: PlotObject,
    config?: PlotConfig,
  ): Promise<GraphDiv>;
  purge(div: HTMLDivElement): void;
  downloadImage(div: HTMLDivElement, options: ImageOptions): Promise<string>;
  Plots: { resize(div: HTMLDivElement): Promise<void> | void };
}

let loading: Promise<PlotlyApi> | null = null;

/** The plotly library, downloaded once on first use. A failed download can be retried. */
export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= import('./bundle').then(
    (module) => module.default as PlotlyApi,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
