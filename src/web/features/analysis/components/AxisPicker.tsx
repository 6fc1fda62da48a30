// A field picker for one plot axis with its log-scale box. Picking a new field turns the
// log scale off, since the old choice rarely fits the new field.
import { canLog } from '../figures/axes';
import type { FieldTable } from '../model/fields';
import { FieldPicker } from './FieldPicker';

interface Props {
  label: string;
  /** Text next to the log box, e.g. "log x". */
  logLabel: string;
  testId: string;
  logTestId: string;
  table: FieldTable;
  value: string;
  log: boolean;
  onChange: (value: string, log: boolean) => void;
}

export function AxisPicker({
  label,
  logLabel,
  testId,
  logTestId,
  table,
  value,
  log,
  onChange,
}: Props) {
  return (
    <>
      <FieldPicker
        label={label}
        testId={testId}
        table={table}
        value={value}
        onChange={(key) => key && onChange(key, false)}
      />
      <label className="analysis-check">
        <input
          type="checkbox"
          data-testid={logTestId}
          checked={log}
          disabled={!canLog(table.byKey.get(value))}
          onChange={(event) => onChange(value, event.target.checked)}
        />
        {logLabel}
      </label>
    </>
  );
}
