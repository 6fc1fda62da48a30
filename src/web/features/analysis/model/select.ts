// Which rows a plot can draw, and a count of the others by reason, so every plot can say
// how many observations it left out and why.
import type { FieldTable } from './fields';

export interface LeftOut {
  reason: string;
  count: number;
}

export interface RowSelection {
  /** Row numbers (into FieldTable.rows) that have every requested field. */
  rows: Int32Array;
  leftOut: LeftOut[];
}

export interface SelectOptions {
  /** Fields every drawn row needs. */
  fieldKeys: string[];
  /** Fields on a log axis: rows with values ≤ 0 cannot be drawn there. */
  logKeys?: ReadonlySet<string>;
  /** Failed observations are left out unless asked for. */
  includeFailed?: boolean;
}

export function selectRows(table: FieldTable, options: SelectOptions): RowSelection {
  const { fieldKeys, logKeys = new Set<string>(), includeFailed = false } = options;
  const checks = [...new Set(fieldKeys)].map((key) => ({
    key,
    label: table.byKey.get(key)?.label ?? key,
    column: table.columns.get(key),
    log: logKeys.has(key),
  }));

  const kept = new Int32Array(table.rows.length);
  let keptCount = 0;
  const counts = new Map<string, number>();
  const count = (reason: string) => counts.set(reason, (counts.get(reason) ?? 0) + 1);

  rowLoop: for (let row = 0; row < table.rows.length; row++) {
    if (!includeFailed && table.failed[row] === 1) {
      count('failed');
      continue;
    }
    for (const check of checks) {
      const value = check.column ? (check.column[row] ?? Number.NaN) : Number.NaN;
      if (Number.isNaN(value)) {
        count(`no ${check.label}`);
        continue rowLoop;
      }
      if (check.log && value <= 0) {
        count(`${check.label} ≤ 0 on a log axis`);
        continue rowLoop;
      }
    }
    kept[keptCount++] = row;
  }

  const leftOut = [...counts].map(([reason, n]) => ({ reason, count: n }));
  return { rows: kept.slice(0, keptCount), leftOut };
}

/** "12 observations left out: 8 failed, 4 no eval_seconds" (empty when none were). */
export function describeLeftOut(leftOut: LeftOut[]): string {
  const total = leftOut.reduce((sum, item) => sum + item.count, 0);
  if (total === 0) return '';

  const noun = total === 1 ? 'observation' : 'observations';
  const reasons = leftOut.map((item) => `${item.count} ${item.reason}`).join(', ');
  return `${total} ${noun} left out: ${reasons}`;
}
