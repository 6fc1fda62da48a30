// A labelled <select> of fields, grouped the way people think of them.
import { useId } from 'react';
import type { Field, FieldKind, FieldTable } from '../model/fields';

const GROUPS: Array<{ label: string; kinds: FieldKind[] }> = [
  { label: 'Observation', kinds: ['index', 'created', 'failed'] },
  { label: 'Parameters', kinds: ['parameter'] },
  { label: 'Metrics', kinds: ['metric'] },
  { label: 'Metadata', kinds: ['metadata'] },
];

const NONE = '';

interface Props {
  label: string;
  table: FieldTable;
  value: string | null;
  onChange: (key: string | null) => void;
  /** Offer "none" (e.g. for colour). */
  allowNone?: boolean;
  /** Text of the "none" choice; defaults to "none". */
  noneLabel?: string;
  testId?: string;
  /** Leave out fields, e.g. those already chosen. */
  exclude?: ReadonlySet<string>;
}

function kindNote(field: Field): string {
  if (field.kind !== 'metadata') return '';
  return field.scale === 'categorical' ? ' (text)' : ' (number)';
}

export function FieldPicker(props: Props) {
  const { label, table, value, onChange, allowNone, testId, exclude } = props;
  const id = useId();
  return (
    <label className="analysis-picker" htmlFor={id}>
      <span>{label}</span>
      <select
        id={id}
        data-testid={testId}
        value={value ?? NONE}
        onChange={(event) =>
          onChange(event.target.value === NONE ? null : event.target.value)
        }
      >
        {allowNone ? <option value={NONE}>{props.noneLabel ?? 'none'}</option> : null}
        {GROUPS.map((group) => {
          const fields = table.fields.filter(
            (field) => group.kinds.includes(field.kind) && !exclude?.has(field.key),
          );
          if (fields.length === 0) return null;
          return (
            <optgroup key={group.label} label={group.label}>
              {fields.map((field) => (
                <option key={field.key} value={field.key}>
                  {field.label}
                  {kindNote(field)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </label>
  );
}
