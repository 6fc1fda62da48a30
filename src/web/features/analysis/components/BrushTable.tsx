// The observations inside every parallel-coordinates brush. Virtualised, because an
// unbrushed plot of a large experiment lists every observation.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { displayValue, type FieldTable } from '../model/fields';

interface Props {
  table: FieldTable;
  rows: Int32Array;
  fieldKeys: string[];
  brushed: boolean;
  onOpenObservation: (id: string) => void;
}

const ROW_HEIGHT = 28;

export function BrushTable({
  table,
  rows,
  fieldKeys,
  brushed,
  onOpenObservation,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const fields = fieldKeys
    .map((key) => table.byKey.get(key))
    .filter((field) => field !== undefined);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const columns = `minmax(80px, 1fr) repeat(${fields.length}, minmax(100px, 2fr))`;

  return (
    <div className="analysis-brush-table" data-testid="parallel-table">
      <p className="muted" data-testid="parallel-table-count">
        {brushed
          ? `${rows.length} observations inside the brushed ranges`
          : `${rows.length} observations (drag along an axis to brush a range)`}
      </p>
      <div
        className="analysis-brush-head"
        role="row"
        style={{ gridTemplateColumns: columns }}
      >
        <span role="columnheader">id</span>
        {fields.map((field) => (
          <span role="columnheader" key={field.key}>
            {field.label}
          </span>
        ))}
      </div>
      <div className="analysis-brush-body" ref={scrollRef} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as number;
            const observation = table.rows[row];
            if (!observation) return null;
            return (
              <button
                type="button"
                role="row"
                key={observation.id}
                className="analysis-brush-row"
                data-testid="parallel-row"
                data-observation-id={observation.id}
                style={{
                  top: item.start,
                  height: ROW_HEIGHT,
                  gridTemplateColumns: columns,
                }}
                onClick={() => onOpenObservation(observation.id)}
              >
                <span>{observation.id}</span>
                {fields.map((field) => (
                  <span key={field.key}>{displayValue(table, field, row)}</span>
                ))}
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}
