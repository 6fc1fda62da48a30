// The baseline of the Analysis benchmark, run inside a bare page: fetch the experiment
// and every observation (1,000 per request, four id ranges at once, as the dashboard
// does), build the arrays of each plot's default view with plain loops, and call
// Plotly.newPlot once.
// Everything lives inside the one function because Playwright sends its source text.

export type BaselinePlot = 'history' | 'scene' | 'parallel';

interface BaselineArgs {
  chunk: string;
  plot: BaselinePlot;
  token: string;
  experimentId: string;
}

interface Row {
  failed: boolean;
  assignments: Record<string, string | number>;
  values: Array<{ name: string | null; value: number }>;
}

interface ExperimentShape {
  progress: {
    first_observation: { id: string } | null;
    last_observation: { id: string } | null;
  } | null;
  parameters: Array<{ name: string; type: string }>;
  metrics: Array<{ name: string | null; strategy: string; objective: string }>;
}

/** Returns performance.now() once the plot has been drawn and painted. */
export async function baselineDraw(args: BaselineArgs): Promise<number> {
  const module = (await import(/* @vite-ignore */ args.chunk)) as {
    default: {
      newPlot(
        div: HTMLElement,
        data: unknown[],
        layout: unknown,
        config: unknown,
      ): Promise<unknown>;
    };
  };
  const plotly = module.default;
  const headers = { Authorization: `Basic ${btoa(`${args.token}:`)}` };
  const path = `/v1/experiments/${args.experimentId}`;

  const experiment = (await (await fetch(path, { headers })).json()) as ExperimentShape;

  // Read the way the dashboard reads a large list: the id span cut into four ranges,
  // each walked newest first with `before`, all at once. Markers are base64url JSON.
  const marker = (id: number) =>
    btoa(JSON.stringify([id]))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const readRange = async (low: number, high: number) => {
    const items: Row[] = [];
    let before: string | null = marker(high + 1);
    while (before !== null) {
      const query = new URLSearchParams({
        limit: '1000',
        before,
        after: marker(low - 1),
      });
      const response = await fetch(`${path}/observations?${query}`, { headers });
      const page = (await response.json()) as {
        data: Row[];
        paging: { before: string | null };
      };
      for (const row of page.data) items.push(row);
      before = page.data.length > 0 ? page.paging.before : null;
    }
    return items.reverse();
  };
  const first = Number(experiment.progress?.first_observation?.id ?? 1);
  const last = Number(experiment.progress?.last_observation?.id ?? 1e12);
  const width = Math.ceil((last - first + 1) / 4);
  const ranges: Array<[number, number]> = [];
  for (let low = first; low <= last; low += width)
    ranges.push([low, Math.min(last, low + width - 1)]);
  const rows: Row[] = (
    await Promise.all(ranges.map(([low, high]) => readRange(low, high)))
  ).flat();

  const metric =
    experiment.metrics.find((m) => m.strategy === 'optimize') ?? experiment.metrics[0];
  const metricValue = (row: Row) =>
    row.values.find((v) => v.name === metric?.name)?.value ?? Number.NaN;

  // Category names in sorted order become codes 0…n-1.
  const codes = new Map<string, Map<string, number>>();
  for (const parameter of experiment.parameters) {
    if (parameter.type !== 'categorical') continue;
    const names = [
      ...new Set(rows.map((r) => String(r.assignments[parameter.name] ?? ''))),
    ];
    names.sort();
    codes.set(parameter.name, new Map(names.map((name, code) => [name, code])));
  }
  const parameterValue = (row: Row, name: string) => {
    const value = row.assignments[name];
    if (value === undefined) return Number.NaN;
    const table = codes.get(name);
    return table ? (table.get(String(value)) ?? Number.NaN) : Number(value);
  };

  const div = document.getElementById('plot') as HTMLElement;
  const names = experiment.parameters.map((p) => p.name);

  if (args.plot === 'history') {
    const x: number[] = [];
    const y: number[] = [];
    const bestX: number[] = [];
    const bestY: number[] = [];
    let best = Number.NaN;
    const maximize = metric?.objective === 'maximize';
    rows.forEach((row, i) => {
      const value = metricValue(row);
      if (row.failed || Number.isNaN(value)) return;
      x.push(i + 1);
      y.push(value);
      if (Number.isNaN(best) || (maximize ? value > best : value < best)) {
        best = value;
        bestX.push(i + 1);
        bestY.push(value);
      }
    });
    await plotly.newPlot(
      div,
      [
        {
          type: 'scattergl',
          mode: 'markers',
          x: Float64Array.from(x),
          y: Float64Array.from(y),
          marker: { size: 3 },
          hoverinfo: 'none',
        },
        {
          type: 'scattergl',
          mode: 'lines',
          x: bestX,
          y: bestY,
          line: { shape: 'hv' },
          hoverinfo: 'skip',
        },
      ],
      { hovermode: 'closest', margin: { l: 70, r: 20, t: 20, b: 60 } },
      { displaylogo: false },
    );
  } else if (args.plot === 'scene') {
    const x: number[] = [];
    const y: number[] = [];
    const z: number[] = [];
    for (const row of rows) {
      const xs = parameterValue(row, names[0] ?? '');
      const ys = parameterValue(row, names[1] ?? '');
      const zs = metricValue(row);
      if (row.failed || Number.isNaN(xs) || Number.isNaN(ys) || Number.isNaN(zs))
        continue;
      x.push(xs);
      y.push(ys);
      z.push(zs);
    }
    const zArray = Float64Array.from(z);
    await plotly.newPlot(
      div,
      [
        {
          type: 'scatter3d',
          mode: 'markers',
          x: Float64Array.from(x),
          y: Float64Array.from(y),
          z: zArray,
          marker: { size: 1.5, color: zArray, colorscale: 'Viridis', showscale: true },
          hoverinfo: 'none',
        },
      ],
      { margin: { l: 0, r: 0, t: 10, b: 10 }, scene: { aspectmode: 'cube' } },
      { displaylogo: false },
    );
  } else {
    const keys = [
      ...experiment.metrics.map((m) => ({
        metric: m.name,
        parameter: null as string | null,
      })),
      ...names.map((name) => ({ metric: null as string | null, parameter: name })),
    ].slice(0, 8);
    const columns = keys.map(() => [] as number[]);
    const colour: number[] = [];
    for (const row of rows) {
      if (row.failed) continue;
      const values = keys.map((key) =>
        key.parameter !== null
          ? parameterValue(row, key.parameter)
          : (row.values.find((v) => v.name === key.metric)?.value ?? Number.NaN),
      );
      const value = metricValue(row);
      if (values.some(Number.isNaN) || Number.isNaN(value)) continue;
      values.forEach((v, i) => columns[i]?.push(v));
      colour.push(value);
    }
    const dimensions = keys.map((key, i) => {
      const table = key.parameter !== null ? codes.get(key.parameter) : undefined;
      return {
        label: key.parameter ?? key.metric ?? 'value',
        values: Float64Array.from(columns[i] ?? []),
        ...(table ? { tickvals: [...table.values()], ticktext: [...table.keys()] } : {}),
      };
    });
    await plotly.newPlot(
      div,
      [
        {
          type: 'parcoords',
          dimensions,
          line: {
            color: Float64Array.from(colour),
            colorscale: 'Viridis',
            showscale: true,
          },
        },
      ],
      { margin: { l: 80, r: 80, t: 80, b: 30 } },
      { displaylogo: false },
    );
  }
  // As in the dashboard: drawn once the frame after newPlot (where WebGL renders) is painted.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now();
}
