// Hover details for one point, rendered by React (so every string is text, never markup)
// and built only for the hovered row rather than as 100,000 hover strings up front.
import { formatExact } from '../../../lib/format';
import { displayValue, type FieldTable } from '../model/fields';

export interface HoverState {
  row: number;
  /** Position inside the plot frame, in CSS pixels. */
  left: number;
  top: number;
}

interface Props {
  table: FieldTable;
  hover: HoverState;
  fieldKeys: string[];
}

export function PointTooltip({ table, hover, fieldKeys }: Props) {
  const observation = table.rows[hover.row];
  if (!observation) return null;

  const fields = [...new Set(fieldKeys)]
    .map((key) => table.byKey.get(key))
    .filter((field) => field !== undefined);
  const metadata = Object.entries(observation.metadata ?? {});

  return (
    <div
      className="analysis-tooltip"
      style={{ left: hover.left + 14, top: hover.top + 14 }}
      data-testid="analysis-tooltip"
    >
      <div className="analysis-tooltip-title">
        Observation {observation.id}
        {observation.failed ? ' (failed)' : ''}
      </div>
      <dl>
        {fields.map((field) => (
          <div key={field.key}>
            <dt>{field.label}</dt>
            <dd>{displayValue(table, field, hover.row)}</dd>
          </div>
        ))}
        <div>
          <dt>created</dt>
          <dd>{formatExact(observation.created)}</dd>
        </div>
      </dl>
      {metadata.length > 0 ? (
        <dl className="analysis-tooltip-metadata">
          {metadata.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="muted">Click to open</div>
    </div>
  );
}
