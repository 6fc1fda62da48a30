// Splitting a row selection into point traces by a colour field. Shared by the 2D and 3D
// scatter figures: a categorical field becomes one legend entry per category (or one
// colour bar when there are too many), a numeric field a continuous colour scale.
import { escapePlotlyText } from '../../../lib/plotly/escape';
import type { PlotObject } from '../../../lib/plotly/adapter';
import type { FieldTable } from '../model/fields';
import {
  CONTINUOUS_SCALE,
  MAX_LEGEND_CATEGORIES,
  MISSING_COLOUR,
  categoryColour,
  categoryColourScale,
  colourBar,
  pick,
} from './axes';

export interface PointGroup {
  /** Legend name (escaped for plotly), or null when no legend entry is needed. */
  name: string | null;
  rows: Int32Array;
  /** plotly marker attributes for this group. */
  marker: PlotObject;
}

function split(
  rows: Int32Array,
  test: (row: number) => boolean,
): [Int32Array, Int32Array] {
  const yes: number[] = [];
  const no: number[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [Int32Array.from(yes), Int32Array.from(no)];
}

/** Groups the rows by the colour field; rows lacking it are drawn grey, not dropped. */
export function colourGroups(
  table: FieldTable,
  rows: Int32Array,
  colourKey: string | null,
  baseColour: string,
): PointGroup[] {
  const field = colourKey ? table.byKey.get(colourKey) : undefined;
  const column = colourKey ? table.columns.get(colourKey) : undefined;
  if (!field || !column) return [{ name: null, rows, marker: { color: baseColour } }];

  const [valued, missing] = split(
    rows,
    (row) => !Number.isNaN(column[row] ?? Number.NaN),
  );
  const groups: PointGroup[] = [];
  const legendCategories =
    field.scale === 'categorical' && field.categories.length <= MAX_LEGEND_CATEGORIES;

  if (legendCategories) {
    const byCode = field.categories.map(() => [] as number[]);
    for (const row of valued) byCode[column[row] as number]?.push(row);
    byCode.forEach((codeRows, code) => {
      if (codeRows.length === 0) return;
      groups.push({
        name: escapePlotlyText(field.categories[code] ?? ''),
        rows: Int32Array.from(codeRows),
        marker: { color: categoryColour(code) },
      });
    });
  } else if (valued.length > 0) {
    const categorical = field.scale === 'categorical';
    groups.push({
      name: null,
      rows: valued,
      marker: {
        color: pick(table, field.key, valued),
        colorscale: categorical
          ? categoryColourScale(field.categories.length)
          : CONTINUOUS_SCALE,
        ...(categorical ? { cmin: -0.5, cmax: field.categories.length - 0.5 } : {}),
        showscale: true,
        colorbar: colourBar(field),
      },
    });
  }

  if (missing.length > 0) {
    groups.push({
      name: escapePlotlyText(`no ${field.label}`),
      rows: missing,
      marker: { color: MISSING_COLOUR },
    });
  }
  return groups;
}
