// Choose and order the parallel-coordinates dimensions; numeric ones can go on log10.
import { canLog } from '../figures/axes';
import type { FieldTable } from '../model/fields';
import type { ParallelView } from '../model/view';
import { FieldPicker } from './FieldPicker';

interface Props {
  table: FieldTable;
  view: ParallelView;
  defaults: string[];
  onChange: (view: ParallelView) => void;
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function DimensionChooser({ table, view, defaults, onChange }: Props) {
  const chosen = new Set(view.dimensions);
  const setDimensions = (dimensions: string[]) => {
    const brushes = Object.fromEntries(
      Object.entries(view.brushes).filter(([key]) => dimensions.includes(key)),
    );
    onChange({ ...view, dimensions, brushes });
  };
  const toggleLog = (key: string, on: boolean) =>
    onChange({
      ...view,
      log: on ? [...view.log, key] : view.log.filter((k) => k !== key),
      // A brush drawn in linear units means nothing on a log10 axis, and vice versa.
      brushes: Object.fromEntries(
        Object.entries(view.brushes).filter(([k]) => k !== key),
      ),
    });

  return (
    <div className="analysis-dimensions">
      <ol className="analysis-dimension-list" aria-label="Dimensions">
        {view.dimensions.map((key, index) => {
          const field = table.byKey.get(key);
          if (!field) return null;
          return (
            <li key={key} className="analysis-dimension" data-testid="parallel-dimension">
              <span>{field.label}</span>
              <button
                type="button"
                aria-label={`Move ${field.label} left`}
                disabled={index === 0}
                onClick={() => setDimensions(move(view.dimensions, index, index - 1))}
              >
                ←
              </button>
              <button
                type="button"
                aria-label={`Move ${field.label} right`}
                disabled={index === view.dimensions.length - 1}
                onClick={() => setDimensions(move(view.dimensions, index, index + 1))}
              >
                →
              </button>
              {canLog(field) ? (
                <label className="analysis-check">
                  <input
                    type="checkbox"
                    checked={view.log.includes(key)}
                    onChange={(event) => toggleLog(key, event.target.checked)}
                  />
                  log
                </label>
              ) : null}
              <button
                type="button"
                aria-label={`Remove ${field.label}`}
                onClick={() => setDimensions(view.dimensions.filter((k) => k !== key))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ol>
      <div className="analysis-controls">
        <FieldPicker
          label="Add dimension"
          testId="parallel-add"
          table={table}
          value={null}
          allowNone
          noneLabel="choose a field…"
          exclude={chosen}
          onChange={(key) => key && setDimensions([...view.dimensions, key])}
        />
        <button
          type="button"
          onClick={() => setDimensions(table.fields.map((f) => f.key))}
        >
          Select all
        </button>
        <button
          type="button"
          onClick={() =>
            onChange({ ...view, dimensions: defaults, brushes: {}, log: [] })
          }
        >
          Reset
        </button>
        <button
          type="button"
          disabled={Object.keys(view.brushes).length === 0}
          onClick={() => onChange({ ...view, brushes: {} })}
        >
          Clear brushes
        </button>
      </div>
    </div>
  );
}
