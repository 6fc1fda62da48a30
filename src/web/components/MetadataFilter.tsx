/** The longest value label a picker shows; the full value is still what is chosen. */
const LABEL_LENGTH = 60;

interface Props {
  metadataKeys: readonly string[];
  /** Values present for the chosen key. */
  values: readonly string[];
  metadataKey: string;
  metadataValue: string;
  /** Called with the new key and value; changing the key clears the value. */
  onChange: (metadataKey: string, metadataValue: string) => void;
}

/** "Metadata [key] = [value]": a filter on one metadata key, picked from values present. */
export function MetadataFilter({
  metadataKeys,
  values,
  metadataKey,
  metadataValue,
  onChange,
}: Props) {
  // A value from a link may no longer be present; it stays selectable so the view holds.
  const shownValues =
    metadataValue && !values.includes(metadataValue)
      ? [metadataValue, ...values]
      : values;

  return (
    <label className="history-filter">
      Metadata
      <select
        aria-label="Metadata key"
        value={metadataKey}
        onChange={(event) => onChange(event.target.value, '')}
      >
        <option value="">any key</option>
        {metadataKeys.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </select>
      =
      <select
        aria-label="Metadata value"
        value={metadataValue}
        disabled={!metadataKey}
        onChange={(event) => onChange(metadataKey, event.target.value)}
      >
        <option value="">any value</option>
        {shownValues.map((value) => (
          <option key={value} value={value}>
            {value.length > LABEL_LENGTH ? `${value.slice(0, LABEL_LENGTH - 1)}…` : value}
          </option>
        ))}
      </select>
    </label>
  );
}
