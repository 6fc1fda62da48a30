// Full Experiment History: a 3D scatter of any three fields, coloured by a fourth.
import type { PlotObject, PlotTrace } from '../../../lib/plotly/adapter';
import { escapeSceneText } from '../../../lib/plotly/escape';
import type { Field, FieldTable } from '../model/fields';
import { selectRows } from '../model/select';
import type { SceneView } from '../model/view';
import { CATEGORY_COLOURS, canLog, categoryTicks, pick } from './axes';
import { colourGroups } from './colour';
import type { Figure } from './history';

/** A 3D axis; the scene draws its titles and ticks with its own markup, escaped here. */
function sceneAxis(field: Field | undefined, log: boolean): PlotObject {
  if (!field) return {};
  const title = { text: escapeSceneText(field.label) };
  if (field.scale === 'time') return { title, type: 'date' };
  if (field.scale === 'categorical') {
    return {
      title,
      type: 'linear',
      tickmode: 'array',
      ...categoryTicks(field, escapeSceneText),
    };
  }
  return { title, type: log ? 'log' : 'linear' };
}

export function buildSceneFigure(table: FieldTable, view: SceneView): Figure {
  const fields = [view.x, view.y, view.z].map((key) => table.byKey.get(key));
  const logs = [view.logX, view.logY, view.logZ].map(
    (log, i) => log && canLog(fields[i]),
  );
  const logKeys = new Set([view.x, view.y, view.z].filter((_, i) => logs[i]));

  const selection = selectRows(table, { fieldKeys: [view.x, view.y, view.z], logKeys });
  const size = table.rows.length > 20_000 ? 1.5 : table.rows.length > 2000 ? 2.5 : 4;
  const groups = colourGroups(
    table,
    selection.rows,
    view.color,
    CATEGORY_COLOURS[0] ?? 'blue',
  );

  const traces: PlotTrace[] = groups.map((group) => ({
    type: 'scatter3d',
    mode: 'markers',
    name: group.name ?? 'observations',
    showlegend: group.name !== null,
    x: pick(table, view.x, group.rows),
    y: pick(table, view.y, group.rows),
    z: pick(table, view.z, group.rows),
    marker: { size, ...group.marker },
    hoverinfo: 'none',
  }));

  const layout: PlotObject = {
    // A steady revision keeps the user's camera while data refreshes; the camera is also
    // mirrored into the URL, so a copied link opens at the same angle. Resetting the
    // camera changes the revision so plotly returns to its default view.
    uirevision: view.camera ? 'scene' : 'scene-default',
    margin: { l: 0, r: 0, t: 10, b: 10 },
    showlegend: groups.some((group) => group.name !== null),
    legend: { orientation: 'h' },
    scene: {
      xaxis: sceneAxis(fields[0], logs[0] ?? false),
      yaxis: sceneAxis(fields[1], logs[1] ?? false),
      zaxis: sceneAxis(fields[2], logs[2] ?? false),
      aspectmode: 'cube',
      ...(view.camera ? { camera: view.camera } : {}),
    },
  };

  return {
    traces,
    layout,
    rowsByTrace: groups.map((group) => group.rows),
    plottedRows: selection.rows,
    leftOut: selection.leftOut,
    fieldKeys: [view.x, view.y, view.z, ...(view.color ? [view.color] : [])],
  };
}
